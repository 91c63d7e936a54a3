-module(big_gcd_random).
-export([start/0]).
%% Property: gcd (Euclid with rem) and lcm of 500 random pairs of bignums with a planted
%% common factor: the gcd divides both, the factor divides the gcd, gcd*lcm = |a*b|.

start() ->
    {H, Bad} = loop(500, 17, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {F, S1} = rint(S, 1 + S rem 5),
    {A0, S2} = rint(S1, 1 + S1 rem 20),
    {B0, S3} = rint(S2, 1 + S2 rem 20),
    A = (A0 + 1) * (F + 1), B = -(B0 + 1) * (F + 1),
    G = gcd(A, B),
    L = abs(A * B) div G,
    Ok = A rem G =:= 0 andalso B rem G =:= 0 andalso G rem (F + 1) =:= 0 andalso G * L =:= abs(A * B),
    loop(N - 1, S3, (H * 31 + G rem 1000000007) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
rint(S, N) -> chunks(S, N, 0).
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
