-module(bin_unsigned_random).
-export([start/0]).
%% Property: binary:encode_unsigned/decode_unsigned (big and little) of 2000 random
%% non-negative integers of up to 1000 bits agree with <<N:Size>> bit syntax and round
%% trip; digest of the encodings' sizes and first bytes.

start() ->
    {H, Bad} = loop(2000, 41, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {X0, S1} = chunks(S, 1 + S rem 32, 0),
    X = X0 bsr (S1 rem 32),
    E = binary:encode_unsigned(X),
    L = binary:encode_unsigned(X, little),
    Sz = byte_size(E) * 8,
    Ok = binary:decode_unsigned(E) =:= X andalso binary:decode_unsigned(L, little) =:= X
        andalso E =:= <<X:Sz>> andalso L =:= <<X:Sz/little>>,
    loop(N - 1, S1, (H * 31 + byte_size(E) * 256 + binary:first(E)) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
