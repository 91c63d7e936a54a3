-module(bits_append_loop).
-export([start/0]).
%% Binaries grown by appending in a loop (<<Acc/binary, X>>, odd bit widths, the
%% accumulator shared between two branches), and large results.

start() ->
    A = grow(10000, <<>>),
    io:format("~w ~w ~w~n", [byte_size(A), binary:part(A, 0, 10), binary:last(A)]),
    Bits = grow_bits(1001, <<>>),
    io:format("~w ~w~n", [bit_size(Bits), binary:part(<<Bits/bits, 0:5>>, 0, 5)]),
    Base = id(<<"base">>),
    X1 = <<Base/binary, "-one">>,
    X2 = <<Base/binary, "-two">>,
    X3 = <<X1/binary, X2/binary>>,
    io:format("~w ~w ~w ~w~n", [Base, X1, X2, X3]),
    io:format("~w~n", [rev(<<"abcdefghij">>, <<>>)]),
    io:format("~w~n", [hex(list_to_binary(lists:seq(250, 255)), <<>>)]).

grow(0, Acc) -> Acc;
grow(N, Acc) -> grow(N - 1, <<Acc/binary, (N rem 256)>>).
grow_bits(0, Acc) -> Acc;
grow_bits(N, Acc) -> grow_bits(N - 1, <<Acc/bits, (N rem 8):3>>).
rev(<<>>, Acc) -> Acc;
rev(<<C, R/binary>>, Acc) -> rev(R, <<C, Acc/binary>>).
hex(<<>>, Acc) -> Acc;
hex(<<H:4, L:4, R/binary>>, Acc) -> hex(R, <<Acc/binary, (d(H)), (d(L))>>).
d(X) when X < 10 -> $0 + X;
d(X) -> $a + X - 10.
id(X) -> X.
