-module(etf_old_float_random).
-export([start/0]).
%% Property: {minor_version, 0} encodes floats as FLOAT_EXT (31 bytes of "%.20e" text);
%% 2000 random doubles: the text equals float_to_list/1, the bytes are digested, and
%% binary_to_term reads both encodings back to the same double.

start() ->
    {H, Bad} = loop(2000, 2, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    S1 = rnd(S), S2 = rnd(S1),
    Bits = ((S1 bxor (S1 bsr 16)) bsl 32) bor (S2 bxor (S2 bsr 16)),
    case <<Bits:64>> of
        <<F:64/float>> ->
            Old = term_to_binary(F, [{minor_version, 0}]),
            <<131, 99, Text:31/binary>> = Old,
            Txt = hd(binary:split(Text, <<0>>)),
            Ok = binary_to_list(Txt) =:= float_to_list(F) andalso binary_to_term(Old) == F
                andalso binary_to_term(term_to_binary(F)) =:= F,
            loop(N - 1, S2, lists:foldl(fun(C, A) -> (A * 31 + C) rem 1000000007 end, H, binary_to_list(Old)),
                 case Ok of true -> Bad; false -> Bad + 1 end);
        _ -> loop(N - 1, S2, H, Bad)
    end.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
