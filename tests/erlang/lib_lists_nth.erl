-module(lib_lists_nth).
-export([start/0]).
%% nth/2, nthtail/2, last/1, droplast/1 (estdlib), with their errors.

start() ->
    L = [a, b, c, d],
    io:format("~w~n", [[lists:nth(I, L) || I <- [1, 2, 3, 4]]]),
    io:format("~w~n", [[t(fun() -> lists:nth(I, L) end) || I <- [0, 5, -1]]]),
    io:format("~w~n", [t(fun() -> lists:nth(1, []) end)]),
    io:format("~w~n", [t(fun() -> lists:nth(1, x) end)]),
    io:format("~w~n", [lists:nth(1, [a | b])]),
    io:format("~w~n", [[lists:nthtail(I, L) || I <- [0, 1, 2, 3, 4]]]),
    io:format("~w~n", [[t(fun() -> lists:nthtail(I, L) end) || I <- [5, -1]]]),
    io:format("~w~n", [t(fun() -> lists:nthtail(0, x) end)]),
    io:format("~w~n", [lists:nthtail(1, [a | b])]),
    io:format("~w~n", [lists:nthtail(0, [])]),
    io:format("~w~n", [t(fun() -> lists:nthtail(1, []) end)]),
    io:format("~w~n", [{lists:last([x]), lists:last(L)}]),
    io:format("~w~n", [t(fun() -> lists:last([]) end)]),
    io:format("~w~n", [t(fun() -> lists:last([a | b]) end)]),
    io:format("~w~n", [{lists:droplast([x]), lists:droplast(L)}]),
    io:format("~w~n", [t(fun() -> lists:droplast([]) end)]),
    io:format("~w~n", [t(fun() -> lists:droplast([a, b | c]) end)]),
    Long = lists:seq(1, 50000),
    io:format("~w~n", [{lists:nth(50000, Long), lists:nthtail(49998, Long),
                        lists:last(Long), length(lists:droplast(Long))}]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
