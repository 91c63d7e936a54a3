-module(float_round_trunc).
-export([start/0]).
%% round, trunc, ceil, floor (erlang BIFs) on floats of every size: halves (round away
%% from zero), negative values, values just below/above integers, huge values giving
%% bignums, and integers passed through; errors on non-numbers.

start() ->
    Xs = [0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370495.5,
          -4503599627370495.5, 1.0e15 + 0.3, 123.999, -123.001, 1.0e18, 1.0e19, -1.0e19,
          9.223372036854776e18, 1.8446744073709552e19, 1.0e30, -3.3e40, 1.7976931348623157e308,
          5.0e-324, 7, -7, 1 bsl 70],
    [io:format("~w ~w ~w ~w ~w~n", [X, round(X), trunc(X), ceil(X), floor(X)]) || X <- Xs],
    [io:format("~w~n", [catch_f(F, X)]) || F <- [fun round/1, fun trunc/1, fun ceil/1, fun floor/1],
                                           X <- [a, "1.0", <<>>]],
    io:format("~w~n", [[round(X / 10) || X <- lists:seq(-30, 30, 5)]]).

catch_f(F, X) -> try F(X) catch C:R -> {C, R} end.
