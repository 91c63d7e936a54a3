-module(std_ordsets_algebra).
%% ordsets: union, intersection, subtract, subset, disjoint, fold, filter
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> ordsets:union([1, 3, 5], [2, 3, 4]) end,
        fun() -> ordsets:union([[a], [c, d], [b]]) end,
        fun() -> ordsets:union([]) end,
        fun() -> ordsets:intersection([1, 2, 3, 4], [2, 4, 6]) end,
        fun() -> ordsets:intersection([[1, 2, 3], [2, 3], [3]]) end,
        fun() -> ordsets:subtract([1, 2, 3, 4], [2, 4]) end,
        fun() -> ordsets:subtract([1, 2.0], [2]) end,
        fun() -> ordsets:is_subset([a, c], [a, b, c]) end,
        fun() -> ordsets:is_subset([a, d], [a, b, c]) end,
        fun() -> ordsets:is_subset([], [a]) end,
        fun() -> ordsets:is_disjoint([a, b], [c, d]) end,
        fun() -> ordsets:is_disjoint([a, b], [b, c]) end,
        fun() -> ordsets:fold(fun(X, Acc) -> [X | Acc] end, [], [1, 2, 3]) end,
        fun() -> ordsets:filter(fun(X) -> X > 1 end, [1, 2, 3]) end,
        fun() -> ordsets:union([1], [1.0]) end,
        fun() -> ordsets:intersection([1], [1.0]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
