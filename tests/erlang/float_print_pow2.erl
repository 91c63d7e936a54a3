-module(float_print_pow2).
-export([start/0]).
%% Powers of two 2^-1074 .. 2^1023 and their neighbours (next double up and down)
%% printed with [short], and 2^53 +- small integers around the plain/scientific switch.

start() ->
    [begin
         <<F:64/float>> = <<(pow2bits(E)):64>>,
         io:format("~w ~s ~s ~s~n", [E, float_to_list(F, [short]), float_to_list(up(F), [short]), float_to_list(down(F), [short])])
     end || E <- lists:seq(-1074, 1023, 7)],
    [io:format("~w~n", [float((1 bsl 53) + D)]) || D <- [-3, -2, -1, 0, 2, 4]],
    [io:format("~w~n", [float(X)]) || X <- [999999999999999, 9999999999999998, 99999999999999999, 123456789012345678]].

pow2bits(E) when E >= -1022 -> (E + 1023) bsl 52;
pow2bits(E) -> 1 bsl (E + 1074).
up(F) -> <<B:64>> = <<F:64/float>>, case <<(B + 1):64>> of <<G:64/float>> -> G; _ -> F end.
down(F) -> <<B:64>> = <<F:64/float>>, case B of 0 -> F; _ -> <<G:64/float>> = <<(B - 1):64>>, G end.
