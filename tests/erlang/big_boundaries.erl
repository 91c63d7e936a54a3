-module(big_boundaries).
-export([start/0]).
%% Values around the small-integer limits of 32- and 64-bit VMs (2^27, 2^31, 2^59,
%% 2^63, 2^64...) going up into bignums and back down, with every operator.

start() ->
    Es = [26, 27, 28, 31, 32, 33, 58, 59, 60, 61, 62, 63, 64, 65, 127, 128, 129],
    lists:foreach(fun(E) -> row(E) end, Es).

row(E) ->
    P = id(1 bsl E),
    Vs = [P - 1, P, P + 1, -P - 1, -P, -P + 1],
    io:format("~w ~w~n", [E, Vs]),
    io:format(" ~w~n", [[V + 1 || V <- Vs] ++ [V - 1 || V <- Vs]]),
    io:format(" ~w~n", [[V * 2 || V <- Vs] ++ [V div 2 || V <- Vs] ++ [V rem 3 || V <- Vs]]),
    io:format(" ~w~n", [[V bsr 1 || V <- Vs] ++ [V bsl 1 || V <- Vs] ++ [bnot V || V <- Vs]]),
    io:format(" ~w~n", [[V band 16#FFFF || V <- Vs] ++ [V bxor -1 || V <- Vs] ++ [abs(V) || V <- Vs]]),
    io:format(" ~w~n", [[(V + P) - P =:= V || V <- Vs] ++ [is_integer(V * V) || V <- Vs]]).

id(X) -> X.
