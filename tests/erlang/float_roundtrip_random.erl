-module(float_roundtrip_random).
-export([start/0]).
%% Property: for 50,000 random doubles, the texts of float_to_list/1, [short],
%% [{scientific, 16}] and float_to_binary/1 read back with list_to_float/binary_to_float
%% to the same double; counts printed (and the first failures, if any).

start() ->
    {Ok, Bad} = loop(50000, 4711, 0, []),
    io:format("ok ~w bad ~w~n", [Ok, lists:sublist(lists:reverse(Bad), 5)]).

loop(0, _, Ok, Bad) -> {Ok, Bad};
loop(N, S, Ok, Bad) ->
    {Bits, S1} = bits64(S),
    case <<Bits:64>> of
        <<F:64/float>> ->
            R = [list_to_float(float_to_list(F)), list_to_float(float_to_list(F, [short])),
                 list_to_float(float_to_list(F, [{scientific, 16}])),
                 binary_to_float(float_to_binary(F))],
            case lists:all(fun(X) -> X == F end, R) of
                true -> loop(N - 1, S1, Ok + 1, Bad);
                false -> loop(N - 1, S1, Ok, [F | Bad])
            end;
        _ -> loop(N - 1, S1, Ok, Bad)
    end.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
bits64(S) -> S1 = rnd(S), S2 = rnd(S1), {((S1 bxor (S1 bsr 16)) bsl 32) bor (S2 bxor (S2 bsr 16)), S2}.
