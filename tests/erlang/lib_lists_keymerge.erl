-module(lib_lists_keymerge).
-export([start/0]).
%% keymerge/3, ukeymerge/3, rkeymerge/3, rukeymerge/3 (estdlib).

start() ->
    A = [{1, a}, {3, a}, {3, a2}, {5, a}],
    B = [{1, b}, {2, b}, {3, b}, {6, b}],
    io:format("~w~n", [lists:keymerge(1, A, B)]),
    io:format("~w~n", [lists:keymerge(1, B, A)]),
    io:format("~w~n", [lists:keymerge(2, [{x, 1}], [{y, 0}, {z, 2}])]),
    io:format("~w~n", [{lists:keymerge(1, [], B), lists:keymerge(1, A, [])}]),
    io:format("~w~n", [lists:ukeymerge(1, A, B)]),
    io:format("~w~n", [lists:ukeymerge(1, B, A)]),
    io:format("~w~n", [{lists:ukeymerge(1, [], B), lists:ukeymerge(1, A, [])}]),
    io:format("~w~n", [lists:ukeymerge(1, [{1, a}, {1, b}], [{1, c}])]),
    io:format("~w~n", [lists:ukeymerge(1, [{1, a}], [{1, c}, {1, d}])]),
    RA = lists:reverse(A), RB = lists:reverse(B),
    io:format("~w~n", [lists:rkeymerge(1, RA, RB)]),
    io:format("~w~n", [lists:reverse(lists:rkeymerge(1, RA, RB)) =:= lists:keymerge(1, A, B)]),
    io:format("~w~n", [lists:rukeymerge(1, RA, RB)]),
    io:format("~w~n", [lists:reverse(lists:rukeymerge(1, RA, RB)) =:= lists:ukeymerge(1, A, B)]),
    io:format("~w~n", [{lists:rkeymerge(1, [], [{a}]), lists:rukeymerge(1, [], [{a}])}]),
    io:format("~w~n", [t(fun() -> lists:keymerge(0, A, B) end)]),
    io:format("~w~n", [t(fun() -> lists:keymerge(3, A, B) end)]),
    io:format("~w~n", [t(fun() -> lists:keymerge(1, [x], [{1}]) end)]),
    io:format("~w~n", [t(fun() -> lists:keymerge(1, [{9}], [{1} | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:ukeymerge(a, A, B) end)]),
    io:format("~w~n", [t(fun() -> lists:rkeymerge(1, [{1}], [{2} | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:rukeymerge(1, [{1}], [{2}, y]) end)]),
    X = [{I, x} || I <- lists:seq(1, 20000, 2)],
    Y = [{I, y} || I <- lists:seq(1, 20000)],
    M = lists:keymerge(1, X, Y),
    U = lists:ukeymerge(1, X, Y),
    io:format("~w~n", [{length(M), lists:sublist(M, 4), length(U), lists:sublist(U, 4)}]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
