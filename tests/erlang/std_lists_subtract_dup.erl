-module(std_lists_subtract_dup).
%% subtract/--, delete, duplicate and append with repeated elements
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:subtract([a, b, a, c, a], [a, a]) end,
        fun() -> [1, 2, 3, 2, 1] -- [2, 1, 5] end,
        fun() -> lists:subtract([1, 1.0], [1.0]) end,
        fun() -> lists:delete(1.0, [1, 1.0]) end,
        fun() -> lists:duplicate(3, [a]) end,
        fun() -> lists:append([[a], [], [b, c]]) end,
        fun() -> lists:append([]) end,
        fun() -> lists:subtract([], [a]) end,
        fun() -> lists:subtract([a], []) end,
        fun() -> length(lists:subtract(lists:seq(1, 3000), lists:seq(1, 3000, 2))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
