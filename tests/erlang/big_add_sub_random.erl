-module(big_add_sub_random).
-export([start/0]).
%% Property: + and - on 2000 random pairs of signed integers of up to ~600 digits
%% (seeded LCG), digest of the results and a few values printed in full.

start() ->
    {H, S} = loop(2000, 12345, 0),
    io:format("digest ~w~n", [H]),
    {A, S1} = rint(S, 20),
    {B, _} = rint(S1, 19),
    io:format("~w~n~w~n~w~n~w~n", [A, B, A + B, A - B]),
    io:format("~w~n", [(A - A) + (B - B)]).

loop(0, S, H) -> {H, S};
loop(N, S, H) ->
    {S1, NA} = pick(S, 64),
    {A, S2} = rint(S1, NA),
    {S3, NB} = pick(S2, 64),
    {B, S4} = rint(S3, NB),
    Sum = A + B,
    Dif = A - B,
    true = (Sum - B) =:= A,
    true = (Dif + B) =:= A,
    loop(N - 1, S4, dg(dg(H, Sum), Dif)).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
pick(S, M) -> S1 = rnd(S), {S1, (S1 bsr 8) rem M}.
rint(S, N) ->
    {V, S1} = chunks(S, N, 0),
    S2 = rnd(S1),
    case (S2 bsr 16) band 1 of 0 -> {V, S2}; 1 -> {-V, S2} end.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
dg(H, X) -> (H * 31 + X rem 1000000007) rem 1000000007.
