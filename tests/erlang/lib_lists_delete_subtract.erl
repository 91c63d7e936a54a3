-module(lib_lists_delete_subtract).
-export([start/0]).
%% delete/2 (first =:= occurrence) and subtract/2 (estdlib).

start() ->
    io:format("~w~n", [lists:delete(b, [a, b, c, b])]),
    io:format("~w~n", [lists:delete(z, [a, b, c])]),
    io:format("~w~n", [lists:delete(a, [])]),
    io:format("~w~n", [lists:delete({1, 2}, [{1, 2}, {1, 2}])]),
    io:format("~w~n", [lists:delete([], [[], [[]]])]),
    io:format("~w~n", [lists:delete(a, [a | b])]),
    io:format("~w~n", [t(fun() -> lists:delete(z, [a | b]) end)]),
    io:format("~w~n", [t(fun() -> lists:delete(z, x) end)]),
    io:format("~w~n", [lists:subtract([a, b, c, b, a], [b, a])]),
    io:format("~w~n", [lists:subtract([1, 2, 3], [])]),
    io:format("~w~n", [lists:subtract([], [1])]),
    io:format("~w~n", [lists:subtract([1, 1, 1], [1, 1, 1, 1])]),
    io:format("~w~n", [t(fun() -> lists:subtract(id(x), [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:subtract([1], id([1 | x])) end)]),
    Big = lists:seq(1, 20000),
    io:format("~w~n", [length(lists:delete(19999, Big))]),
    io:format("~w~n", [lists:subtract(lists:seq(1, 2000), lists:seq(2, 2000))]),
    ok.

id(X) -> X.

t(F) ->
    try F() catch C:R -> {C, R} end.
