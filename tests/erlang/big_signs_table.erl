-module(big_signs_table).
-export([start/0]).
%% Every operator on every pair from a set of signed values around 0, +-1 and +-2^64
%% (small and big, both signs): + - * div rem band bor bxor, comparisons.

start() ->
    Vs = [-(1 bsl 64) - 1, -(1 bsl 64), -(1 bsl 63), -7, -1, 0, 1, 7, (1 bsl 63), 1 bsl 64, (1 bsl 64) + 1],
    [io:format("~w ~w ~w~n", [A, B, row(A, B)]) || A <- Vs, B <- Vs].

row(A, B) ->
    D = case B of 0 -> none; _ -> {A div B, A rem B} end,
    {A + B, A - B, A * B, D, A band B, A bor B, A bxor B, A < B, A == B, A >= B}.
