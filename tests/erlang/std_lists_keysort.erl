-module(std_lists_keysort).
%% keysort, ukeysort, keymerge and their errors
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:keysort(2, [{a, 3}, {b, 1}, {c, 2}, {d, 1}]) end,
        fun() -> lists:keysort(1, [{b, 1}, {a, 2}, {b, 0}, {a, 1}]) end,
        fun() -> lists:ukeysort(1, [{b, 1}, {a, 2}, {b, 0}, {a, 1}]) end,
        fun() -> lists:ukeysort(2, [{x, 1}, {y, 1.0}, {z, 2}]) end,
        fun() -> lists:keysort(1, []) end,
        fun() -> lists:keysort(3, [{a, b}]) end,
        fun() -> lists:keysort(0, [{a}, {b}]) end,
        fun() -> lists:keysort(1, [a, b]) end,
        fun() -> lists:keymerge(1, [{1, a}, {3, c}], [{2, b}, {3, d}]) end,
        fun() -> lists:ukeymerge(1, [{1, a}, {3, c}], [{2, b}, {3, d}]) end,
        fun() -> lists:rkeymerge(1, [{3, c}, {1, a}], [{2, b}]) end,
        fun() -> lists:rukeymerge(1, [{3, c}, {1, a}], [{3, x}, {2, b}]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
