-module(etf_bytes_containers).
-export([start/0]).
%% The exact bytes of term_to_binary for containers without atoms: NIL, STRING_EXT
%% (byte lists up to 65535 long), LIST_EXT (other lists, improper tails), SMALL_TUPLE and
%% LARGE_TUPLE, BINARY_EXT, BIT_BINARY_EXT, MAP_EXT of small maps with integer keys.

start() ->
    Ts = [[], "abc", [1, 2, 256], [1 | 2], [[]], [<<>>], {}, {1, 2}, {{}}, <<>>, <<1, 2, 3>>,
          <<1:1>>, <<255, 7:3>>, #{}, #{1 => 2}, #{2 => <<"b">>, 1 => "a", 3 => 3.0},
          [1.0, -1], {[], [[]], {{}}}, list_to_tuple(lists:seq(1, 3))],
    [io:format("~w ~w~n", [T, term_to_binary(T)]) || T <- Ts],
    L = lists:duplicate(65535, 7),
    io:format("~w~n", [binary:part(term_to_binary(L), 0, 5)]),
    L2 = lists:duplicate(65536, 7),
    io:format("~w~n", [binary:part(term_to_binary(L2), 0, 8)]),
    io:format("~w~n", [binary:part(term_to_binary(list_to_tuple(lists:seq(1, 300))), 0, 8)]),
    io:format("~w~n", [byte_size(term_to_binary(list_to_binary(lists:duplicate(1000, 1))))]).
