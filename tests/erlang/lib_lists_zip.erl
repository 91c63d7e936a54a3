-module(lib_lists_zip).
-export([start/0]).
%% zip/2, zip3/3, unzip/1, unzip3/1, zipwith/3, zipwith3/4 (estdlib).

start() ->
    io:format("~w~n", [lists:zip([a, b, c], [1, 2, 3])]),
    io:format("~w~n", [lists:zip([], [])]),
    io:format("~w~n", [t(fun() -> lists:zip([a], []) end)]),
    io:format("~w~n", [t(fun() -> lists:zip([a, b], [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:zip(x, y) end)]),
    io:format("~w~n", [lists:zip3([a, b], [1, 2], ["x", "y"])]),
    io:format("~w~n", [lists:zip3([], [], [])]),
    io:format("~w~n", [t(fun() -> lists:zip3([a], [1], []) end)]),
    io:format("~w~n", [lists:unzip([{a, 1}, {b, 2}, {c, 3}])]),
    io:format("~w~n", [lists:unzip([])]),
    io:format("~w~n", [t(fun() -> lists:unzip([{a, 1}, {b}]) end)]),
    io:format("~w~n", [t(fun() -> lists:unzip([{a, 1} | x]) end)]),
    io:format("~w~n", [lists:unzip3([{a, 1, x}, {b, 2, y}])]),
    io:format("~w~n", [lists:unzip3([])]),
    io:format("~w~n", [t(fun() -> lists:unzip3([{a, 1}]) end)]),
    io:format("~w~n", [lists:zipwith(fun(X, Y) -> X * Y end, [1, 2, 3], [4, 5, 6])]),
    io:format("~w~n", [lists:zipwith(fun(X, Y) -> {Y, X} end, [], [])]),
    io:format("~w~n", [t(fun() -> lists:zipwith(fun(X, Y) -> X + Y end, [1], [2, 3]) end)]),
    io:format("~w~n", [t(fun() -> lists:zipwith(not_a_fun, [], []) end)]),
    io:format("~w~n", [lists:zipwith3(fun(X, Y, Z) -> X + Y + Z end, [1, 2], [10, 20], [100, 200])]),
    io:format("~w~n", [lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, [], [], [])]),
    io:format("~w~n", [t(fun() -> lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, [1], [2], []) end)]),
    N = 30000,
    Z = lists:zip(lists:seq(1, N), lists:seq(N, 1, -1)),
    {Xs, Ys} = lists:unzip(Z),
    io:format("~w~n", [{length(Z), lists:last(Z), lists:sum(Xs), lists:sum(Ys)}]),
    io:format("~w~n", [lists:sum(lists:zipwith(fun(X, Y) -> X - Y end, Xs, Ys))]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
