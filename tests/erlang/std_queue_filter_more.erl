-module(std_queue_filter_more).
%% queue:filter/filtermap with list results and raw forms after rebalancing
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> Q = queue:from_list(lists:seq(1, 8)), queue:filter(fun(X) -> X > 4 end, Q) end,
        fun() -> Q = queue:from_list(lists:seq(1, 8)), queue:filter(fun(X) -> X < 3 end, Q) end,
        fun() -> Q = queue:from_list(lists:seq(1, 8)), queue:filter(fun(X) -> [X, X] end, Q) end,
        fun() -> Q = queue:from_list(lists:seq(1, 6)), queue:filter(fun(X) when X rem 2 =:= 0 -> []; (_) -> true end, Q) end,
        fun() -> Q = queue:from_list([a]), queue:filter(fun(_) -> false end, Q) end,
        fun() -> Q = queue:from_list(lists:seq(1, 6)), queue:filtermap(fun(X) when X > 2 -> {true, -X}; (_) -> false end, Q) end,
        fun() -> Q = queue:in(9, queue:from_list([1, 2, 3])), queue:to_list(queue:filter(fun(X) -> X =/= 2 end, Q)) end,
        fun() -> queue:filter(fun(_) -> true end, queue:new()) end,
        fun() -> queue:filter(not_a_fun, queue:new()) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
