-module(float_bits_segments).
-export([start/0]).
%% Floats in bit syntax: 64-, 32- and 16-bit float segments, big and little endian,
%% rounding to 32/16 bits, integers written as floats, overflow (badarg), and matching
%% NaN/infinity patterns (no match).

start() ->
    Fs = [0.0, 1.0, -2.5, 0.1, 1.0e10, 65504.0, 6.103515625e-5, 3.4028234663852886e38, 1.0e-40, 1.0e-8, 123.456, 1],
    [io:format("~w ~w ~w~n", [F, <<F:64/float>>, <<F:64/float-little>>]) || F <- Fs],
    [io:format("~w ~w~n", [F, catch_f(fun() -> B = <<F:32/float>>, <<G:32/float>> = B, {B, G} end)]) || F <- Fs ++ [1.0e39, 1.0e300]],
    [io:format("~w ~w~n", [F, catch_f(fun() -> B = <<F:16/float>>, <<G:16/float>> = B, {B, G} end)]) || F <- Fs ++ [65520.0, 1.0e5]],
    [io:format("~w ~w~n", [B, m64(B)]) || B <- [<<0,0,0,0,0,0,240,127>>, <<0,0,0,0,0,0,248,127>>, <<0,0,0,0,0,0,240,255>>, <<1,0,0,0,0,0,0,0>>]],
    [io:format("~w ~w~n", [B, m32(B)]) || B <- [<<127,128,0,0>>, <<127,192,0,0>>, <<0,0,0,1>>, <<63,128,0,0>>]],
    [io:format("~w ~w~n", [B, m16(B)]) || B <- [<<124,0>>, <<126,0>>, <<0,1>>, <<60,0>>, <<123,255>>]].

m64(B) -> case B of <<F:64/float-little>> -> F; _ -> nomatch end.
m32(B) -> case B of <<F:32/float>> -> F; _ -> nomatch end.
m16(B) -> case B of <<F:16/float>> -> F; _ -> nomatch end.
catch_f(F) -> try F() catch C:R -> {C, R} end.
