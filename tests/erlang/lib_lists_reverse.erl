-module(lib_lists_reverse).
-export([start/0]).
%% reverse/1 (estdlib) and reverse/2 (a BIF), with errors.

start() ->
    io:format("~w~n", [lists:reverse([])]),
    io:format("~w~n", [lists:reverse([a])]),
    io:format("~w~n", [lists:reverse([a, b])]),
    io:format("~w~n", [lists:reverse([1, 2, 3, 4, 5])]),
    io:format("~w~n", [lists:reverse([[1, 2], [3]])]),
    io:format("~w~n", [lists:reverse([1, 2], [3, 4])]),
    io:format("~w~n", [lists:reverse([1, 2], tail)]),
    io:format("~w~n", [t(fun() -> lists:reverse(x) end)]),
    io:format("~w~n", [t(fun() -> lists:reverse([a | b]) end)]),
    io:format("~w~n", [t(fun() -> lists:reverse([a, b | c]) end)]),
    io:format("~w~n", [t(fun() -> lists:reverse(x, []) end)]),
    L = lists:seq(1, 30000),
    R = lists:reverse(L),
    io:format("~w ~w ~w~n", [hd(R), lists:last(R), lists:reverse(R) =:= L]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
