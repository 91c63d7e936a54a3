-module(etf_maps_random).
-export([start/0]).
%% Property: 300 random maps of 0..1000 keys (integers, tuples, binaries, nested maps)
%% round trip through term_to_binary/binary_to_term, also compressed; the encoding size
%% (independent of key order) digested; small maps with integer keys printed as bytes.

start() ->
    {H, Bad} = loop(300, 6, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]),
    [io:format("~w~n", [term_to_binary(M)]) || M <- [#{}, #{3 => 1, 1 => 3}, #{<<"k">> => [], 1.5 => 2}]].

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    S1 = rnd(S),
    Size = (S1 bsr 8) rem 1001,
    M = maps:from_list([{key(I, S1), #{I => I}} || I <- lists:seq(1, Size)]),
    B = term_to_binary(M),
    Ok = binary_to_term(B) =:= M andalso binary_to_term(term_to_binary(M, [compressed])) =:= M,
    loop(N - 1, S1, (H * 31 + byte_size(B)) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

key(I, S) ->
    case (I + S) rem 3 of 0 -> I; 1 -> {I}; 2 -> <<I:16>> end.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
