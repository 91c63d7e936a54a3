-module(lib_lists_sum_min_max).
-export([start/0]).
%% sum/1, min/1, max/1, duplicate/2 (estdlib).

start() ->
    io:format("~w~n", [{lists:sum([]), lists:sum([5]), lists:sum([1, 2, 3, -4])}]),
    io:format("~w~n", [lists:sum([1 bsl 62, 1 bsl 62, 1 bsl 62])]),
    io:format("~w~n", [t(fun() -> lists:sum([1, a]) end)]),
    io:format("~w~n", [t(fun() -> lists:sum(x) end)]),
    io:format("~w~n", [t(fun() -> lists:sum([1 | x]) end)]),
    Mixed = [3, b, {1}, [], 7, a, "z", {0, 0}],
    io:format("~w~n", [{lists:min(Mixed), lists:max(Mixed)}]),
    io:format("~w~n", [{lists:min([4]), lists:max([4])}]),
    io:format("~w~n", [{lists:min([3, 1, 2, 1]), lists:max([3, 1, 3, 2])}]),
    %% The first of equal elements wins.
    io:format("~w~n", [{lists:min([{b}, {a, 1}, {a, 1}]), lists:max([[], [], a])}]),
    io:format("~w~n", [t(fun() -> lists:min([]) end)]),
    io:format("~w~n", [t(fun() -> lists:max([]) end)]),
    io:format("~w~n", [t(fun() -> lists:max([1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:min(x) end)]),
    io:format("~w~n", [{lists:duplicate(0, x), lists:duplicate(3, [a])}]),
    io:format("~w~n", [length(lists:duplicate(100000, z))]),
    io:format("~w~n", [t(fun() -> lists:duplicate(-1, x) end)]),
    io:format("~w~n", [t(fun() -> lists:duplicate(a, x) end)]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
