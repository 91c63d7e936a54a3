-module(etf_headers_sizes).
-export([start/0]).
%% The headers term_to_binary writes as sizes grow: tuples of arity 0..300 (SMALL_TUPLE
%% up to 255, then LARGE_TUPLE), lists of 0..300 small and large integers, binaries of
%% 0..300 bytes, bitstrings; first bytes and total sizes printed.

start() ->
    [io:format("~w ~w ~w~n", [N, binary:part(term_to_binary(list_to_tuple(lists:seq(1, N))), 0, min(6, byte_size(term_to_binary(list_to_tuple(lists:seq(1, N)))))),
                              byte_size(term_to_binary(list_to_tuple(lists:seq(1, N))))]) || N <- [0, 1, 254, 255, 256, 300]],
    [io:format("~w ~w~n", [N, byte_size(term_to_binary(lists:seq(1, N)))]) || N <- [0, 1, 255, 256, 300]],
    [io:format("~w ~w~n", [N, byte_size(term_to_binary([1000 * I || I <- lists:seq(1, N)]))]) || N <- [0, 1, 255, 256, 300]],
    [io:format("~w ~w~n", [N, binary:part(term_to_binary(binary:copy(<<7>>, N)), 0, 6)]) || N <- [0, 1, 255, 256, 300]],
    [io:format("~w ~w~n", [N, term_to_binary(<<5:N>>)]) || N <- [1, 7, 9, 15, 17]].
