-module(big_mul_random).
-export([start/0]).
%% Property: * on 800 random pairs of signed integers up to ~1200 digits; checks
%% commutativity and distributivity, prints a digest and some products in full.

start() ->
    {H, S} = loop(800, 777, 0),
    io:format("digest ~w~n", [H]),
    {A, S1} = rint(S, 25),
    {B, _} = rint(S1, 30),
    io:format("~w~n", [A * B]),
    io:format("~w~n", [A * A]),
    io:format("~w~n", [A * -1 + A]).

loop(0, S, H) -> {H, S};
loop(N, S, H) ->
    {S1, NA} = pick(S, 128),
    {A, S2} = rint(S1, NA),
    {S3, NB} = pick(S2, 128),
    {B, S4} = rint(S3, NB),
    {C, S5} = rint(S4, 3),
    P = A * B,
    P = B * A,
    true = A * (B + C) =:= P + A * C,
    loop(N - 1, S5, dg(H, P)).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
pick(S, M) -> S1 = rnd(S), {S1, (S1 bsr 8) rem M}.
rint(S, N) ->
    {V, S1} = chunks(S, N, 0),
    S2 = rnd(S1),
    case (S2 bsr 16) band 1 of 0 -> {V, S2}; 1 -> {-V, S2} end.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
dg(H, X) -> (H * 31 + X rem 1000000007) rem 1000000007.
