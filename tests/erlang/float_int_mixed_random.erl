-module(float_int_mixed_random).
-export([start/0]).
%% Property: arithmetic mixing integers (small and big) with floats on 10,000 random
%% pairs: the integer is converted to the nearest double first (as OTP does for values
%% that are exact doubles); results digested with [short]; comparisons counted.

start() ->
    {H, Lt, Eq} = loop(10000, 77, 0, 0, 0),
    io:format("digest ~w ~w ~w~n", [H, Lt, Eq]).

loop(0, _, H, Lt, Eq) -> {H, Lt, Eq};
loop(N, S, H, Lt, Eq) ->
    S1 = rnd(S), S2 = rnd(S1),
    I = (((S1 bsr 4) band 16#FFFFFFF) bsl ((S2 bsr 8) rem 200)) * (1 - 2 * (S2 band 1)),
    F = ((S2 bsr 1) - 16#7FFFFFFF) * 1.0e-3 * math:pow(10, (S1 bsr 28)),
    Rs = [I + F, F - I, I * F] ++ [I / F || F /= 0.0],
    H1 = lists:foldl(fun(R, A) -> hash(float_to_list(R, [short]), A) end, H, Rs),
    loop(N - 1, S2, H1, Lt + b(I < F), Eq + b(I == F)).

b(true) -> 1;
b(false) -> 0.
hash([], H) -> H;
hash([C | T], H) -> hash(T, (H * 31 + C) band 16#FFFFFFF).
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
