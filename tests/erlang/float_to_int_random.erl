-module(float_to_int_random).
-export([start/0]).
%% Property: trunc, round, ceil and floor of 20,000 random doubles (all magnitudes, so
%% many results are bignums): digest, and float(trunc(F)) == trunc(F) for integral parts.

start() ->
    {H, Bad} = loop(20000, 55, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {F, S1} = rf(S),
    T = trunc(F), R = round(F), C = ceil(F), Fl = floor(F),
    Ok = C - Fl =< 1 andalso Fl =< T andalso T =< C andalso (abs(F) < 1.0e300 orelse T == F),
    H1 = lists:foldl(fun(X, A) -> (A * 31 + X rem 1000000007) rem 1000000007 end, H, [T, R, C, Fl]),
    loop(N - 1, S1, H1, case Ok of true -> Bad; false -> Bad + 1 end).

rf(S) ->
    S1 = rnd(S), S2 = rnd(S1),
    Bits = ((S1 bxor (S1 bsr 16)) bsl 32) bor (S2 bxor (S2 bsr 16)),
    Bits2 = Bits band (bnot (16#400 bsl 52)),
    case <<Bits2:64>> of <<F:64/float>> -> {F, S2}; _ -> rf(S2) end.
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
