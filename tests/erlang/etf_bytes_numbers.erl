-module(etf_bytes_numbers).
-export([start/0]).
%% The exact bytes of term_to_binary for numbers: SMALL_INTEGER, INTEGER (32-bit signed),
%% SMALL_BIG and LARGE_BIG (sign byte, little-endian digits), NEW_FLOAT, and the old
%% FLOAT_EXT text of minor_version 0.

start() ->
    Is = [0, 1, 255, 256, -1, -256, 2147483647, 2147483648, -2147483648, -2147483649,
          1 bsl 32, 1 bsl 63, -(1 bsl 64), 1 bsl 2039, 1 bsl 2040, -(1 bsl 2100)],
    [io:format("~w ~w~n", [I, bytes(term_to_binary(I))]) || I <- Is],
    Fs = [0.0, 1.0, -1.5, 0.1, 1.0e300, 5.0e-324, 123456.789],
    [io:format("~w ~w~n", [F, term_to_binary(F)]) || F <- Fs],
    [io:format("~w ~w~n", [F, term_to_binary(F, [{minor_version, 0}])]) || F <- Fs].

%% long encodings are shortened to their head, size and tail
bytes(B) when byte_size(B) > 24 ->
    {binary:part(B, 0, 8), byte_size(B), binary:part(B, byte_size(B) - 4, 4)};
bytes(B) -> B.
