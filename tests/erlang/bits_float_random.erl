-module(bits_float_random).
-export([start/0]).
%% Property: 64-bit float segments (big and little) of 20,000 random doubles round trip
%% exactly; 32-bit segments round to the nearest single (checked by re-encoding);
%% digest of the 32-bit encodings.

start() ->
    {H, Bad} = loop(20000, 8, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    S1 = rnd(S), S2 = rnd(S1),
    Bits = ((S1 bxor (S1 bsr 16)) bsl 32) bor (S2 bxor (S2 bsr 16)),
    case <<Bits:64>> of
        <<F:64/float>> ->
            <<G:64/float-little>> = <<F:64/float-little>>,
            Small = F / 1.0e300 * 1.0e-10,
            B32 = <<Small:32/float>>,
            <<S32:32/float>> = B32,
            Ok = G =:= F andalso <<S32:32/float>> =:= B32,
            <<W:32>> = B32,
            loop(N - 1, S2, (H * 31 + W) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end);
        _ -> loop(N - 1, S2, H, Bad)
    end.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
