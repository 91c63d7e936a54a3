-module(std_lists_zip).
%% zip, zip3, zipwith, zipwith3, unzip, unzip3 and length mismatches
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:zip([1, 2, 3], [a, b, c]) end,
        fun() -> lists:zip([], []) end,
        fun() -> lists:zip([1, 2], [a]) end,
        fun() -> lists:zip3([1, 2], [a, b], [x, y]) end,
        fun() -> lists:zipwith(fun(X, Y) -> X + Y end, [1, 2], [10, 20]) end,
        fun() -> lists:zipwith3(fun(X, Y, Z) -> X * Y * Z end, [1, 2], [3, 4], [5, 6]) end,
        fun() -> lists:unzip([{1, a}, {2, b}]) end,
        fun() -> lists:unzip3([{1, a, x}, {2, b, y}]) end,
        fun() -> lists:unzip([]) end,
        fun() -> lists:unzip([{1, a}, bad]) end,
        fun() -> lists:zip3([1], [a], []) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
