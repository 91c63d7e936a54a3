-module(bits_binary_unit).
-export([start/0]).
%% binary and bits segments: sizes in units (binary = unit 8, bits = unit 1, explicit
%% unit:N), appending, matching a binary of a given size, tails of odd bit lengths, and the
%% errors: binary segment of a bitstring, size larger than the value.

start() ->
    B = id(<<1, 2, 3, 4, 5, 6>>),
    <<X:2/binary, Y:3/binary-unit:8, Z/binary>> = B,
    io:format("~w ~w ~w~n", [X, Y, Z]),
    <<P:5/bits, Q:4/bitstring, R/bits>> = B,
    io:format("~w ~w ~w~n", [P, Q, R]),
    <<U:3/binary-unit:4, V/bits>> = B,
    io:format("~w ~w~n", [U, V]),
    io:format("~w~n", [<<X/binary, P/bits, Y/binary>>]),
    io:format("~w~n", [<<B:2/binary, B:3/binary-unit:8>>]),
    io:format("~w~n", [<<P:3/bits, Q:1/bits>>]),
    io:format("~w~n", [<<(id(<<1:1>>))/bits, (id(<<3:2>>))/bits, 5:3>>]),
    [io:format("~w~n", [catch_f(F)]) || F <- [
        fun() -> <<(id(<<1:1>>))/binary>> end,
        fun() -> <<(id(<<1, 2>>)):3/binary>> end,
        fun() -> <<(id(<<1, 2>>)):3/bits>> end,
        fun() -> <<(id(abc))/binary>> end,
        fun() -> <<(id(1))/bits>> end,
        fun() -> <<(id(<<1>>)):(id(-1))/binary>> end,
        fun() -> <<C:2/binary>> = id(<<1>>), C end,
        fun() -> <<C/binary>> = id(<<1:7>>), C end]].

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
