-module(big_divrem_random).
-export([start/0]).
%% Property: div and rem on 1500 random signed pairs (dividend up to ~1200 digits,
%% divisor of any size): A =:= B*Q + R, |R| < |B|, sign of R is the sign of A.

start() ->
    {H, Bad, S} = loop(1500, 4242, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]),
    {A, S1} = rint(S, 40),
    {B, _} = rint(S1, 7),
    io:format("~w~n~w~n~w~n", [A, A div B, A rem B]),
    io:format("~w ~w~n", [A div A, A rem A]),
    io:format("~w~n", [catch_div(A, 0)]).

catch_div(A, B) -> try A div B catch C:R -> {C, R} end.

loop(0, S, H, Bad) -> {H, Bad, S};
loop(N, S, H, Bad) ->
    {S1, NA} = pick(S, 128),
    {A, S2} = rint(S1, NA),
    {S3, NB} = pick(S2, 70),
    {B0, S4} = rint(S3, NB),
    B = case B0 of 0 -> 7; _ -> B0 end,
    Q = A div B,
    R = A rem B,
    Ok = (B * Q + R =:= A) andalso abs(R) < abs(B)
        andalso (R =:= 0 orelse (R > 0) =:= (A > 0)),
    Bad1 = case Ok of true -> Bad; false -> Bad + 1 end,
    loop(N - 1, S4, dg(dg(H, Q), R), Bad1).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
pick(S, M) -> S1 = rnd(S), {S1, (S1 bsr 8) rem M}.
rint(S, N) ->
    {V, S1} = chunks(S, N, 0),
    S2 = rnd(S1),
    case (S2 bsr 16) band 1 of 0 -> {V, S2}; 1 -> {-V, S2} end.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
dg(H, X) -> (H * 31 + X rem 1000000007) rem 1000000007.
