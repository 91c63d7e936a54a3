-module(lib_lists_prefix_suffix).
-export([start/0]).
%% prefix/2 and suffix/2 (estdlib): =:= matching, edge cases, errors.

start() ->
    Cases = [{[], []}, {[], [1]}, {[1], []}, {[1], [1]}, {[1, 2], [1, 2, 3]},
             {[2, 3], [1, 2, 3]}, {[1, 2, 3], [1, 2, 3]}, {[1, 2, 3, 4], [1, 2, 3]},
             {"ab", "abc"}, {"bc", "abc"}, {[a], [b]}, {[{x}], [{x}, y]}],
    io:format("~w~n", [[lists:prefix(A, B) || {A, B} <- Cases]]),
    io:format("~w~n", [[lists:suffix(A, B) || {A, B} <- Cases]]),
    io:format("~w~n", [t(fun() -> lists:prefix([], x) end)]),
    io:format("~w~n", [t(fun() -> lists:prefix(x, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:prefix([1], [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:prefix([2], [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:suffix([1], x) end)]),
    io:format("~w~n", [t(fun() -> lists:suffix(x, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:suffix([1], [1 | x]) end)]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
