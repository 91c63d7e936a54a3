-module(float_scientific_random).
-export([start/0]).
%% Property: float_to_list(F, [{scientific, N}]) for random N in 0..25 and
%% float_to_binary/2 with the same options on 50,000 random doubles; digest and samples.

start() ->
    {H, _} = loop(50000, 11, 0),
    io:format("digest ~w~n", [H]).

loop(0, S, H) -> {H, S};
loop(N, S, H) ->
    {Bits, S1} = bits64(S),
    case <<Bits:64>> of
        <<F:64/float>> ->
            D = (S1 bsr 8) rem 26,
            T = float_to_list(F, [{scientific, D}]),
            true = float_to_binary(F, [{scientific, D}]) =:= list_to_binary(T),
            case N rem 1250 of 0 -> io:format("~w ~s~n", [D, T]); _ -> ok end,
            loop(N - 1, S1, hash(T, H));
        _ -> loop(N - 1, S1, H)
    end.

hash([], H) -> H;
hash([C | T], H) -> hash(T, (H * 31 + C) band 16#FFFFFFF).
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
bits64(S) -> S1 = rnd(S), S2 = rnd(S1), {((S1 bxor (S1 bsr 16)) bsl 32) bor (S2 bxor (S2 bsr 16)), S2}.
