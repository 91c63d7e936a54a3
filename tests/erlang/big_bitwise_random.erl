-module(big_bitwise_random).
-export([start/0]).
%% Property: band bor bxor bnot on 2000 random signed pairs (two's complement semantics
%% for negative bignums), with identities checked and a digest printed.

start() ->
    {H, Bad, S} = loop(2000, 99, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]),
    {A, S1} = rint(S, 9),
    {B, _} = rint(S1, 6),
    io:format("~w~n~w~n", [A, B]),
    io:format("~w~n~w~n~w~n~w~n", [A band B, A bor B, A bxor B, bnot A]),
    io:format("~w~n~w~n", [-A band B, -A bor -B]).

loop(0, S, H, Bad) -> {H, Bad, S};
loop(N, S, H, Bad) ->
    {S1, NA} = pick(S, 40),
    {A, S2} = rint(S1, NA),
    {S3, NB} = pick(S2, 40),
    {B, S4} = rint(S3, NB),
    X = A band B, O = A bor B, Y = A bxor B, NA1 = bnot A,
    Ok = (X + O =:= A + B) andalso (Y =:= O - X) andalso (NA1 =:= -A - 1)
        andalso (bnot (bnot A band bnot B) =:= O) andalso (A bxor B bxor B =:= A),
    Bad1 = case Ok of true -> Bad; false -> Bad + 1 end,
    loop(N - 1, S4, dg(dg(dg(dg(H, X), O), Y), NA1), Bad1).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
pick(S, M) -> S1 = rnd(S), {S1, (S1 bsr 8) rem M}.
rint(S, N) ->
    {V, S1} = chunks(S, N, 0),
    S2 = rnd(S1),
    case (S2 bsr 16) band 1 of 0 -> {V, S2}; 1 -> {-V, S2} end.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
dg(H, X) -> (H * 31 + X rem 1000000007) rem 1000000007.
