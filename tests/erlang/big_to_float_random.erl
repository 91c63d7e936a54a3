-module(big_to_float_random).
-export([start/0]).
%% Property: float/1 of 5000 random integers of up to 1000 bits, checked against mixed
%% big + float arithmetic, the results printed as a digest of float_to_list/2 [short] and
%% every 250th value in full. The integers are exact doubles (a 53-bit mantissa shifted)
%% or fit 64 bits: OTP 29 rounds other bignums differently from OTP 25/27.

start() ->
    {H, H2, _} = loop(5000, 1, 0, 0),
    io:format("digest ~w ~w~n", [H, H2]).

loop(0, S, H, H2) -> {H, H2, S};
loop(N, S, H, H2) ->
    S1 = rnd(S),
    Bits = 1 + (S1 bsr 8) rem 64,
    {V0, S2} = chunks(S1, 2, 0),
    V1 = case N rem 2 of
             0 -> V0 bsr (64 - Bits);
             1 -> (V0 bsr 11) bsl ((S1 bsr 4) rem 960)
         end,
    V = case (S2 bsr 16) band 1 of 0 -> V1; 1 -> -V1 end,
    F = float(V),
    T = float_to_list(F, [short]),
    case N rem 250 of 0 -> io:format("~w ~s~n", [V, T]); _ -> ok end,
    G = V + 0.0,
    M = V * 1.0,
    Same = (F =:= G) andalso (F =:= M),
    loop(N - 1, S2, lists:foldl(fun(C, A) -> (A * 31 + C) rem 1000000007 end, H, T),
         (H2 * 3 + case Same of true -> 1; false -> 2 end) rem 1000000007).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
