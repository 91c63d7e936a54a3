-module(lib_lists_merge).
-export([start/0]).
%% merge/1,2,3, merge3/3 and the reversed rmerge/2,3, rmerge3/3 (estdlib).

start() ->
    A = [{1, a}, {3, a}, {5, a}, {5, a2}],
    B = [{1, b}, {2, b}, {5, b}, {6, b}],
    C = [{0, c}, {5, c}, {9, c}],
    K = fun({X, _}, {Y, _}) -> X =< Y end,
    io:format("~w~n", [lists:merge([1, 3, 5], [2, 3, 4, 6])]),
    io:format("~w~n", [{lists:merge([], [1]), lists:merge([1], []), lists:merge([], [])}]),
    io:format("~w~n", [lists:merge([[1, 4], [2, 5], [], [0, 3, 6], [7]])]),
    io:format("~w~n", [{lists:merge([]), lists:merge([[]]), lists:merge([[], [1]])}]),
    io:format("~w~n", [lists:merge3([1, 4], [2, 5], [0, 3, 6])]),
    io:format("~w~n", [lists:merge3([], [], [])]),
    %% Ties: the element of the earlier list comes first.
    io:format("~w~n", [lists:merge(K, A, B)]),
    io:format("~w~n", [lists:merge(K, B, A)]),
    io:format("~w~n", [lists:merge(K, [], B)]),
    io:format("~w~n", [lists:merge(K, A, [])]),
    io:format("~w~n", [lists:merge([[{1, x}, {2, x}], [{1, y}, {2, y}], [{1, z}]])]),
    io:format("~w~n", [lists:merge([A, B, C])]),
    io:format("~w~n", [lists:merge3(A, B, C)]),
    io:format("~w~n", [lists:merge3(C, B, A)]),
    %% Unsorted input is merged element by element all the same.
    io:format("~w~n", [lists:merge([3, 1, 2], [2, 0])]),
    io:format("~w~n", [lists:merge(K, [{3, p}, {1, p}], [{2, q}])]),
    %% Reversed (descending) variants: reverse(rmerge(reverse(X), reverse(Y))) == merge(X, Y).
    RA = lists:reverse(A), RB = lists:reverse(B), RC = lists:reverse(C),
    io:format("~w~n", [lists:rmerge([5, 3, 1], [6, 4, 3, 2])]),
    io:format("~w~n", [lists:rmerge(RA, RB)]),
    io:format("~w~n", [lists:reverse(lists:rmerge(RA, RB)) =:= lists:merge(A, B)]),
    io:format("~w~n", [lists:rmerge(K, RA, RB)]),
    io:format("~w~n", [lists:reverse(lists:rmerge(K, RA, RB)) =:= lists:merge(K, A, B)]),
    io:format("~w~n", [lists:rmerge3(RA, RB, RC)]),
    io:format("~w~n", [lists:reverse(lists:rmerge3(RA, RB, RC)) =:= lists:merge3(A, B, C)]),
    io:format("~w~n", [{lists:rmerge([], [1]), lists:rmerge([1], []), lists:rmerge3([], [2], [])}]),
    io:format("~w~n", [t(fun() -> lists:merge([1], [2 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:merge([1, 3 | x], [2]) end)]),
    io:format("~w~n", [t(fun() -> lists:merge([], x) end)]),
    io:format("~w~n", [t(fun() -> lists:merge(x, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:merge(not_a_fun, [1], [2]) end)]),
    io:format("~w~n", [t(fun() -> lists:merge(fun(_, _) -> perhaps end, [1], [2]) end)]),
    io:format("~w~n", [t(fun() -> lists:rmerge([2], [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:rmerge(not_a_fun, [], []) end)]),
    io:format("~w~n", [t(fun() -> lists:merge(x) end)]),
    Odd = lists:seq(1, 40000, 2), Even = lists:seq(2, 40000, 2),
    M = lists:merge(Odd, Even),
    io:format("~w~n", [{length(M), M =:= lists:seq(1, 40000)}]),
    Many = [lists:seq(I, 5000, 37) || I <- lists:seq(1, 37)],
    io:format("~w~n", [lists:merge(Many) =:= lists:seq(1, 5000)]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
