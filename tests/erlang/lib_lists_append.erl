-module(lib_lists_append).
-export([start/0]).
%% append/1,2, concat/1, join/2 (estdlib).

start() ->
    io:format("~w~n", [lists:append([1, 2], [3])]),
    io:format("~w~n", [lists:append([], [])]),
    io:format("~w~n", [lists:append([a], b)]),
    io:format("~w~n", [t(fun() -> lists:append(id(a), [b]) end)]),
    io:format("~w~n", [lists:append([[1], [2, 3], [], [4]])]),
    io:format("~w~n", [lists:append([])]),
    io:format("~w~n", [lists:append([[]])]),
    io:format("~w~n", [lists:append([x])]),
    io:format("~w~n", [lists:append([[1], x])]),
    io:format("~w~n", [t(fun() -> lists:append([x, [1]]) end)]),
    io:format("~w~n", [t(fun() -> lists:append(x) end)]),
    io:format("~w~n", [t(fun() -> lists:append([[1] | x]) end)]),
    io:format("~s~n", [lists:concat([foo, "_", 12, bar, -3, [], "x"])]),
    io:format("~w~n", [lists:concat([])]),
    io:format("~w~n", [t(fun() -> lists:concat([{a}]) end)]),
    io:format("~w~n", [t(fun() -> lists:concat(foo) end)]),
    io:format("~s~n", [lists:join(", ", ["a", "b", "c"])]),
    io:format("~w~n", [lists:join(x, [1, 2, 3])]),
    io:format("~w~n", [lists:join(x, [1])]),
    io:format("~w~n", [lists:join(x, [])]),
    io:format("~w~n", [t(fun() -> lists:join(x, y) end)]),
    io:format("~w~n", [t(fun() -> lists:join(x, [1 | y]) end)]),
    ok.

id(X) -> X.

t(F) ->
    try F() catch C:R -> {C, R} end.
