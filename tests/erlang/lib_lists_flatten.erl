-module(lib_lists_flatten).
-export([start/0]).
%% flatten/1,2 and flatlength/1 (estdlib).

start() ->
    D = [1, [2, [3, [], [[4]]], 5], [[[]]], 6, "ab", [{t, [x]}]],
    io:format("~w~n", [lists:flatten(D)]),
    io:format("~w~n", [lists:flatten([])]),
    io:format("~w~n", [lists:flatten([[], [[]], [[[]]]])]),
    io:format("~w~n", [lists:flatten(D, [tail1, [tail2]])]),
    io:format("~w~n", [lists:flatten([], [t])]),
    io:format("~w~n", [lists:flatlength(D)]),
    io:format("~w~n", [lists:flatlength([])]),
    io:format("~w~n", [lists:flatlength([[], [[[]]]])]),
    io:format("~w~n", [t(fun() -> lists:flatten(x) end)]),
    io:format("~w~n", [t(fun() -> lists:flatten([1, [2 | x]]) end)]),
    io:format("~w~n", [t(fun() -> lists:flatten([1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:flatten([1], x) end)]),
    io:format("~w~n", [t(fun() -> lists:flatten(x, []) end)]),
    io:format("~w~n", [t(fun() -> lists:flatlength(x) end)]),
    io:format("~w~n", [t(fun() -> lists:flatlength([[1 | x]]) end)]),
    %% Deep nesting and long lists.
    Deep = lists:foldl(fun(I, Acc) -> [I, Acc] end, [], lists:seq(1, 20000)),
    FD = lists:flatten(Deep),
    io:format("~w~n", [{length(FD), hd(FD), lists:last(FD), lists:flatlength(Deep)}]),
    Wide = [lists:seq(1, 100) || _ <- lists:seq(1, 500)],
    io:format("~w~n", [{lists:flatlength(Wide), lists:sum(lists:flatten(Wide))}]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
