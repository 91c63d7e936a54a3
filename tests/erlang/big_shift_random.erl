-module(big_shift_random).
-export([start/0]).
%% Property: bsl and bsr (positive and negative counts up to 3000 bits) on random signed
%% integers: A bsl K =:= A * 2^K, A bsr K =:= floor(A / 2^K).

start() ->
    {H, Bad, _} = loop(2000, 5, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]),
    X = -123456789123456789123456789,
    io:format("~w~n~w~n~w~n~w~n", [X bsl 100, X bsr 10, X bsr 1000, X bsl -10]),
    io:format("~w~n~w~n", [(1 bsl 200) bsr 199, (-1 bsl 200) bsr 200]),
    io:format("~w~n", [-1 bsr 5000]).

pow2(K) -> 1 bsl K.
fdiv(A, D) when A >= 0 -> A div D;
fdiv(A, D) -> -((-A + D - 1) div D).

loop(0, S, H, Bad) -> {H, Bad, S};
loop(N, S, H, Bad) ->
    {S1, NA} = pick(S, 50),
    {A, S2} = rint(S1, NA),
    {S3, K} = pick(S2, 3000),
    L = A bsl K, R = A bsr K,
    Ok = (L =:= A * pow2(K)) andalso (R =:= fdiv(A, pow2(K)))
        andalso (A bsl -K =:= R) andalso (A bsr -K =:= L),
    Bad1 = case Ok of true -> Bad; false -> Bad + 1 end,
    loop(N - 1, S3, dg(dg(H, L), R), Bad1).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
pick(S, M) -> S1 = rnd(S), {S1, (S1 bsr 8) rem M}.
rint(S, N) ->
    {V, S1} = chunks(S, N, 0),
    S2 = rnd(S1),
    case (S2 bsr 16) band 1 of 0 -> {V, S2}; 1 -> {-V, S2} end.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
dg(H, X) -> (H * 31 + X rem 1000000007) rem 1000000007.
