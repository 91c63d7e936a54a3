-module(arith_float_conv).
-export([start/0]).
%% float/1, round, trunc, ceil, floor on positive and negative values.

start() ->
    Vs = [2.5, -2.5, 2.4, -2.6, 0.0, 7.0, 1.0e20],
    [io:format("~w ~w ~w ~w~n", [round(V), trunc(V), ceil(V), floor(V)]) || V <- Vs],
    io:format("~w~n", [[float(X) || X <- [0, 1, -3, 1 bsl 60]]]),
    io:format("~w~n", [[round(X) || X <- [3, -3]]]),
    io:format("~w~n", [float(1 bsl 100) =:= math:pow(2, 100)]),
    io:format("~w~n", [trunc(1.0e30) > 1 bsl 99]).
