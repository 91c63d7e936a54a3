-module(etf_bignum_random).
-export([start/0]).
%% Property: term_to_binary of 2000 random integers of 0..2100 bits, both signs: the tag
%% (97, 98, 110, 111), the length and sign bytes and the little-endian magnitude decode
%% back to the integer by hand; the encodings digested.

start() ->
    {H, Bad} = loop(2000, 37, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {X0, S1} = chunks(S, (S bsr 8) rem 66, 0),
    X = case S1 band 1024 of 0 -> X0 bsr (S1 rem 32); _ -> -(X0 bsr (S1 rem 32)) end,
    B = term_to_binary(X),
    Ok = decode(B) =:= X andalso binary_to_term(B) =:= X,
    loop(N - 1, S1, lists:foldl(fun(C, A) -> (A * 31 + C) rem 1000000007 end, H, binary_to_list(B)),
         case Ok of true -> Bad; false -> Bad + 1 end).

decode(<<131, 97, V>>) -> V;
decode(<<131, 98, V:32/signed>>) -> V;
decode(<<131, 110, L, Sg, M:L/binary>>) -> sign(Sg, binary:decode_unsigned(M, little));
decode(<<131, 111, L:32, Sg, M:L/binary>>) -> sign(Sg, binary:decode_unsigned(M, little)).
sign(0, V) -> V;
sign(1, V) -> -V.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
