-module(lib_lists_usort).
-export([start/0]).
%% usort/1 (estdlib): sorted, one of each equal element.

start() ->
    io:format("~w~n", [lists:usort([])]),
    io:format("~w~n", [lists:usort([a])]),
    io:format("~w~n", [lists:usort([a, a])]),
    io:format("~w~n", [lists:usort([b, a, b, a])]),
    io:format("~w~n", [lists:usort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]),
    io:format("~w~n", [lists:usort([{a, 1}, {a, 1}, {a}, [x], [x], "x", 0, 0])]),
    io:format("~w~n", [lists:usort(lists:duplicate(100, z))]),
    io:format("~w~n", [[lists:usort(P) || P <- [[1, 1, 2], [1, 2, 1], [2, 1, 1], [2, 2, 1],
                                                  [3, 2, 1, 2, 3], [1, 2, 3, 3, 2, 1]]]]),
    io:format("~w~n", [t(fun() -> lists:usort(x) end)]),
    io:format("~w~n", [t(fun() -> lists:usort([a, b | c]) end)]),
    io:format("~w~n", [t(fun() -> lists:usort([a | c]) end)]),
    Long = [(I * 7919) rem 1009 || I <- lists:seq(1, 30000)],
    U = lists:usort(Long),
    io:format("~w~n", [{length(U), lists:sublist(U, 5), lists:last(U)}]),
    io:format("~w~n", [U =:= lists:seq(0, 1008)]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
