-module(etf_bytes_strings).
-export([start/0]).
%% Encodings of lists of integers: STRING_EXT for byte values (0..255), LIST_EXT as soon
%% as one element is > 255 or negative, nested strings, and unicode strings; exact bytes
%% and round trips.

start() ->
    Ls = ["", "a", [0, 255], [256], [-1], [1, 2 | 3], ["ab", "cd"], [16#263A, 97], [255, 256, 257],
          lists:seq(1, 10), [[], []]],
    [io:format("~w ~w ~w~n", [L, term_to_binary(L), binary_to_term(term_to_binary(L)) =:= L]) || L <- Ls].
