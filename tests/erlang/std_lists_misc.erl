-module(std_lists_misc).
%% last, droplast, duplicate, reverse, sum, min, max, member, delete, subtract, prefix, suffix
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:last([a, b, c]) end,
        fun() -> lists:last([]) end,
        fun() -> lists:droplast([a, b, c]) end,
        fun() -> lists:droplast([]) end,
        fun() -> lists:duplicate(3, x) end,
        fun() -> lists:duplicate(0, x) end,
        fun() -> lists:duplicate(-1, x) end,
        fun() -> lists:reverse([1, 2, 3]) end,
        fun() -> lists:reverse([1, 2], [3, 4]) end,
        fun() -> lists:sum([1, 2, 3.5]) end,
        fun() -> lists:sum([]) end,
        fun() -> lists:min([3, 1, 2]) end,
        fun() -> lists:max([a, 3, "z"]) end,
        fun() -> lists:min([]) end,
        fun() -> lists:member(2, [1, 2]) end,
        fun() -> lists:member(2.0, [1, 2]) end,
        fun() -> lists:delete(a, [b, a, c, a]) end,
        fun() -> lists:subtract([1, 2, 3, 2], [2]) end,
        fun() -> lists:prefix([1, 2], [1, 2, 3]) end,
        fun() -> lists:suffix([2, 3], [1, 2, 3]) end,
        fun() -> lists:prefix([], []) end,
        fun() -> lists:suffix([4], [1]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
