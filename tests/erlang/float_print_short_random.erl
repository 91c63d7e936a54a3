-module(float_print_short_random).
-export([start/0]).
%% Property: float_to_list(F, [short]) and float_to_binary(F, [short]) on 100,000 random
%% doubles (random 64-bit patterns, NaN/infinity skipped), digest of the text, every
%% 2000th printed, and each text read back with list_to_float to the same double.

start() ->
    {H, Bad, Skip} = loop(100000, 16#5EED, 0, 0, 0),
    io:format("digest ~w bad ~w skipped ~w~n", [H, Bad, Skip]).

loop(0, _, H, Bad, Skip) -> {H, Bad, Skip};
loop(N, S, H, Bad, Skip) ->
    {Bits, S1} = bits64(S),
    case <<Bits:64>> of
        <<F:64/float>> ->
            T = float_to_list(F, [short]),
            B = float_to_binary(F, [short]),
            case N rem 2000 of 0 -> io:format("~s~n", [T]); _ -> ok end,
            Ok = (list_to_float(T) =:= F orelse F == 0) andalso B =:= list_to_binary(T),
            loop(N - 1, S1, hash(T, H), bad(Ok, Bad), Skip);
        _ ->
            loop(N - 1, S1, H, Bad, Skip + 1)
    end.

bad(true, B) -> B;
bad(false, B) -> B + 1.
hash([], H) -> H;
hash([C | T], H) -> hash(T, (H * 31 + C) band 16#FFFFFFF).
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
bits64(S) -> S1 = rnd(S), S2 = rnd(S1), {((S1 bxor (S1 bsr 16)) bsl 32) bor (S2 bxor (S2 bsr 16)), S2}.
