-module(std_queue_join_split).
%% join and split at every position rebuild the original contents
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> Q = queue:from_list(lists:seq(1, 9)), [begin {A, B} = queue:split(N, Q), {queue:to_list(A), queue:to_list(B)} end || N <- lists:seq(0, 9)] end,
        fun() -> Q = queue:from_list(lists:seq(1, 9)), lists:all(fun(N) -> {A, B} = queue:split(N, Q), queue:to_list(queue:join(A, B)) =:= lists:seq(1, 9) end, lists:seq(0, 9)) end,
        fun() -> Q = queue:from_list(lists:seq(1, 5)), [queue:split(N, Q) || N <- lists:seq(0, 5)] end,
        fun() -> Q = queue:in_r(0, queue:from_list([1, 2, 3])), [queue:split(N, Q) || N <- lists:seq(0, 4)] end,
        fun() -> queue:join(queue:from_list([1]), queue:from_list([2])) end,
        fun() -> queue:split(-1, queue:new()) end,
        fun() -> queue:split(1, queue:new()) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
