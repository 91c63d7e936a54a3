-module(lib_lists_seq).
-export([start/0]).
%% lists:seq/2,3 (estdlib): results, empty ranges, errors.

start() ->
    io:format("~w~n", [lists:seq(1, 10)]),
    io:format("~w~n", [lists:seq(5, 5)]),
    io:format("~w~n", [lists:seq(1, 0)]),
    io:format("~w~n", [lists:seq(-3, 3)]),
    io:format("~w~n", [t(fun() -> lists:seq(5, 1) end)]),
    io:format("~w~n", [t(fun() -> lists:seq(1, -1) end)]),
    io:format("~w~n", [t(fun() -> lists:seq(a, 3) end)]),
    io:format("~w~n", [t(fun() -> lists:seq(1, b) end)]),
    io:format("~w~n", [lists:seq(1, 10, 3)]),
    io:format("~w~n", [lists:seq(1, 10, 1)]),
    io:format("~w~n", [lists:seq(1, 2, 5)]),
    io:format("~w~n", [lists:seq(1, 0, 1)]),
    io:format("~w~n", [lists:seq(10, 1, -3)]),
    io:format("~w~n", [lists:seq(5, 1, -2)]),
    io:format("~w~n", [lists:seq(1, 2, -1)]),
    io:format("~w~n", [lists:seq(7, 7, 0)]),
    io:format("~w~n", [lists:seq(7, 7, 3)]),
    io:format("~w~n", [lists:seq(7, 7, -3)]),
    io:format("~w~n", [t(fun() -> lists:seq(1, 5, 0) end)]),
    io:format("~w~n", [t(fun() -> lists:seq(1, 5, -1) end)]),
    io:format("~w~n", [t(fun() -> lists:seq(5, 1, 1) end)]),
    io:format("~w~n", [t(fun() -> lists:seq(1, 3, a) end)]),
    io:format("~w~n", [t(fun() -> lists:seq(1, -5, 1) end)]),
    Big = lists:seq(1, 100000),
    io:format("~w ~w ~w~n", [length(Big), hd(Big), lists:last(Big)]),
    Neg = lists:seq(100000, -99999, -7),
    io:format("~w ~w ~w~n", [length(Neg), hd(Neg), lists:last(Neg)]),
    %% Bignum bounds
    io:format("~w~n", [lists:seq(16#FFFFFFFFFFFFFFFE, 16#10000000000000001)]),
    io:format("~w~n", [lists:seq(1 bsl 70, (1 bsl 70) + 10, 4)]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
