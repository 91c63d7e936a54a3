-module(lib_lists_sublist).
-export([start/0]).
%% sublist/2,3 and split/2 (estdlib), including their odd edges.

start() ->
    L = [a, b, c, d, e],
    io:format("~w~n", [[lists:sublist(L, N) || N <- [0, 1, 3, 5, 6, 100]]]),
    io:format("~w~n", [[lists:sublist(L, S, N) || S <- [1, 2, 5, 6, 7], N <- [0, 2, 9]]]),
    io:format("~w~n", [lists:sublist([], 3)]),
    io:format("~w~n", [lists:sublist([a | b], 1)]),
    io:format("~w~n", [lists:sublist([a | b], 0)]),
    io:format("~w~n", [t(fun() -> lists:sublist([a | b], 2) end)]),
    io:format("~w~n", [t(fun() -> lists:sublist(L, -1) end)]),
    io:format("~w~n", [t(fun() -> lists:sublist(x, 1) end)]),
    io:format("~w~n", [t(fun() -> lists:sublist(L, a) end)]),
    io:format("~w~n", [t(fun() -> lists:sublist(L, 0, 1) end)]),
    io:format("~w~n", [t(fun() -> lists:sublist(L, 1, -1) end)]),
    io:format("~w~n", [lists:sublist([], 3, -1)]),
    io:format("~w~n", [lists:sublist([a], 3, foo)]),
    io:format("~w~n", [t(fun() -> lists:sublist([a], 2, foo) end)]),
    io:format("~w~n", [[lists:split(N, L) || N <- [0, 1, 4, 5]]]),
    io:format("~w~n", [lists:split(0, [])]),
    io:format("~w~n", [lists:split(1, [a | b])]),
    io:format("~w~n", [t(fun() -> lists:split(6, L) end)]),
    io:format("~w~n", [t(fun() -> lists:split(-1, L) end)]),
    io:format("~w~n", [t(fun() -> lists:split(a, L) end)]),
    io:format("~w~n", [t(fun() -> lists:split(1, x) end)]),
    io:format("~w~n", [t(fun() -> lists:split(2, [a | b]) end)]),
    {A, B} = lists:split(40000, lists:seq(1, 100000)),
    io:format("~w~n", [{length(A), lists:last(A), length(B), hd(B)}]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
