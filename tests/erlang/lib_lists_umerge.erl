-module(lib_lists_umerge).
-export([start/0]).
%% umerge/1,2,3, umerge3/3 and rumerge/2,3, rumerge3/3 (estdlib).

start() ->
    K = fun({X, _}, {Y, _}) -> X =< Y end,
    A = [{1, a}, {3, a}, {5, a}],
    B = [{1, b}, {2, b}, {5, b}, {6, b}],
    C = [{0, c}, {5, c}, {9, c}],
    io:format("~w~n", [lists:umerge([1, 3, 5], [2, 3, 4, 5, 6])]),
    io:format("~w~n", [{lists:umerge([], [1]), lists:umerge([1], []), lists:umerge([], [])}]),
    io:format("~w~n", [lists:umerge([[1, 4], [2, 4, 5], [], [0, 4, 6], [6, 7]])]),
    io:format("~w~n", [{lists:umerge([]), lists:umerge([[]]), lists:umerge([[], [1]])}]),
    io:format("~w~n", [lists:umerge3([1, 4], [1, 2, 5], [0, 2, 4, 6])]),
    %% The element of the earlier list is kept.
    io:format("~w~n", [lists:umerge(K, A, B)]),
    io:format("~w~n", [lists:umerge(K, B, A)]),
    io:format("~w~n", [lists:umerge([A, B, C])]),
    io:format("~w~n", [lists:umerge([[{1, x}], [{1, y}], [{1, z}, {2, z}]])]),
    io:format("~w~n", [lists:umerge3(A, B, C)]),
    io:format("~w~n", [lists:umerge3(C, B, A)]),
    %% Lists with duplicates of their own (outside the contract).
    io:format("~w~n", [[lists:umerge(X, Y) || {X, Y} <- [{[1, 1], [2]}, {[1], [1, 1]},
                                                         {[1, 1], [1]}, {[1, 1, 2], [1, 1, 2]}]]]),
    io:format("~w~n", [lists:umerge([[1, 1], [1]])]),
    io:format("~w~n", [lists:umerge(K, [{1, a}, {1, b}], [{1, c}, {1, d}])]),
    %% Reversed variants.
    RA = lists:reverse(A), RB = lists:reverse(B), RC = lists:reverse(C),
    io:format("~w~n", [lists:rumerge([5, 3, 1], [6, 5, 4, 3, 2])]),
    io:format("~w~n", [lists:rumerge(RA, RB)]),
    io:format("~w~n", [lists:reverse(lists:rumerge(RA, RB)) =:= lists:umerge(A, B)]),
    io:format("~w~n", [lists:rumerge(K, RA, RB)]),
    io:format("~w~n", [lists:reverse(lists:rumerge(K, RA, RB)) =:= lists:umerge(K, A, B)]),
    io:format("~w~n", [lists:rumerge3(RA, RB, RC)]),
    io:format("~w~n", [lists:reverse(lists:rumerge3(RA, RB, RC)) =:= lists:umerge3(A, B, C)]),
    io:format("~w~n", [{lists:rumerge([], [1]), lists:rumerge([1], []), lists:rumerge3([2], [], [1])}]),
    io:format("~w~n", [t(fun() -> lists:umerge([1], [2 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:umerge([1 | x], [0]) end)]),
    io:format("~w~n", [t(fun() -> lists:umerge(x, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:umerge(not_a_fun, [1], [2]) end)]),
    io:format("~w~n", [t(fun() -> lists:umerge(K, x, [{1, a}]) end)]),
    io:format("~w~n", [t(fun() -> lists:rumerge([3], [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:umerge(x) end)]),
    Odd = lists:seq(1, 30000, 2), All = lists:seq(1, 30000),
    io:format("~w~n", [lists:umerge(Odd, All) =:= All]),
    io:format("~w~n", [lists:umerge([lists:seq(I, 3000, 7) || I <- lists:seq(1, 20)]) =:= lists:seq(1, 3000)]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
