-module(lib_lists_enumerate).
-export([start/0]).
%% enumerate/1,2 (estdlib, OTP 25).

start() ->
    io:format("~w~n", [lists:enumerate([a, b, c])]),
    io:format("~w~n", [lists:enumerate([])]),
    io:format("~w~n", [lists:enumerate(0, [a, b])]),
    io:format("~w~n", [lists:enumerate(-2, [a, b, c, d])]),
    io:format("~w~n", [lists:enumerate(1 bsl 64, [x, y])]),
    io:format("~w~n", [t(fun() -> lists:enumerate(x) end)]),
    io:format("~w~n", [t(fun() -> lists:enumerate([a | b]) end)]),
    io:format("~w~n", [t(fun() -> lists:enumerate(a, [x]) end)]),
    io:format("~w~n", [t(fun() -> lists:enumerate(1, x) end)]),
    E = lists:enumerate(lists:duplicate(40000, q)),
    io:format("~w~n", [{length(E), hd(E), lists:last(E)}]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
