-module(big_square_identity).
-export([start/0]).
%% Multiplication of operands of every size from 1 to 300 32-bit chunks (crossing any
%% schoolbook/Karatsuba thresholds): (a+b)^2 = a^2 + 2ab + b^2 and (a-b)(a+b) = a^2-b^2.

start() ->
    {H, Bad} = loop(1, 3, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(301, _, H, Bad) -> {H, Bad};
loop(K, S, H, Bad) ->
    {A, S1} = chunks(S, K, 0),
    {B, S2} = chunks(S1, 1 + (K * 7) rem 300, 0),
    Ok = (A + B) * (A + B) =:= A * A + 2 * A * B + B * B andalso (A - B) * (A + B) =:= A * A - B * B,
    loop(K + 1, S2, (H * 31 + (A * B) rem 1000000007) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
