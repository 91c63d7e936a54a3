-module(float_to_list1_random).
-export([start/0]).
%% Property: float_to_list/1 and float_to_binary/1 (20 digits, scientific) on 100,000
%% random doubles: digest of the text, every 2500th printed, read back exactly.

start() ->
    {H, Bad} = loop(100000, 31, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {Bits, S1} = bits64(S),
    case <<Bits:64>> of
        <<F:64/float>> ->
            T = float_to_list(F),
            case N rem 2500 of 0 -> io:format("~s~n", [T]); _ -> ok end,
            Ok = (list_to_float(T) =:= F orelse F == 0) andalso float_to_binary(F) =:= list_to_binary(T),
            loop(N - 1, S1, hash(T, H), case Ok of true -> Bad; false -> Bad + 1 end);
        _ -> loop(N - 1, S1, H, Bad)
    end.

hash([], H) -> H;
hash([C | T], H) -> hash(T, (H * 31 + C) band 16#FFFFFFF).
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
bits64(S) -> S1 = rnd(S), S2 = rnd(S1), {((S1 bxor (S1 bsr 16)) bsl 32) bor (S2 bxor (S2 bsr 16)), S2}.
