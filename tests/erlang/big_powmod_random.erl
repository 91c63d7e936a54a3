-module(big_powmod_random).
-export([start/0]).
%% Property: modular exponentiation by squaring of 300 random bases, exponents and
%% moduli (up to 600 bits) equals the product computed step by step for small exponents,
%% and satisfies Fermat's little theorem for the Mersenne prime 2^127-1.

start() ->
    P = (1 bsl 127) - 1,
    {H, Bad} = loop(300, 5, P, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, _, H, Bad) -> {H, Bad};
loop(N, S, P, H, Bad) ->
    {B, S1} = chunks(S, 1 + S rem 18, 0),
    {M0, S2} = chunks(S1, 1 + S1 rem 18, 0),
    M = M0 + 2,
    E = S2 rem 60,
    R = powmod(B, E, M),
    Slow = slow(B rem M, E, M, 1),
    F = powmod(B rem P + 1, P - 1, P),
    Ok = R =:= Slow andalso (F =:= 1 orelse (B rem P + 1) rem P =:= 0),
    loop(N - 1, S2, P, (H * 31 + R rem 1000000007) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

powmod(_, 0, M) -> 1 rem M;
powmod(B, E, M) when E rem 2 =:= 0 -> X = powmod(B, E div 2, M), (X * X) rem M;
powmod(B, E, M) -> (B * powmod(B, E - 1, M)) rem M.
slow(_, 0, M, A) -> A rem M;
slow(B, E, M, A) -> slow(B, E - 1, M, (A * B) rem M).
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
