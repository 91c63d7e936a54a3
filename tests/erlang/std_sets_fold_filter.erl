-module(std_sets_fold_filter).
%% sets: fold and filter
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> sets:fold(fun(X, Acc) -> X + Acc end, 0, sets:from_list([1, 2, 3, 4])) end,
        fun() -> lists:sort(sets:fold(fun(X, Acc) -> [X | Acc] end, [], sets:from_list([c, a, b]))) end,
        fun() -> lists:sort(sets:to_list(sets:filter(fun(X) -> X rem 2 =:= 0 end, sets:from_list(lists:seq(1, 10))))) end,
        fun() -> sets:size(sets:filter(fun(_) -> false end, sets:from_list([a, b]))) end,
        fun() -> sets:fold(fun(_, Acc) -> Acc + 1 end, 0, sets:new()) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
