-module(bits_size_expressions).
-export([start/0]).
%% Segment sizes from earlier fields of the same pattern, from bound variables, and from
%% arithmetic expressions (construction); skipping with _:N and _/binary; sizes of zero.

start() ->
    B = <<3, "abc", 2, "de", 0>>,
    io:format("~w~n", [fields(B)]),
    N = id(4),
    <<_:N, X:(N * 2), _/bits>> = id(<<16#ABCD:16>>),
    io:format("~w~n", [X]),
    io:format("~w~n", [<<1:(N + 1), 2:(N * 3 - 1), 0:0, (id(<<"q">>)):1/binary>>]),
    <<Len:8, _:Len/binary, Rest/binary>> = id(<<2, 9, 9, "tail">>),
    io:format("~w~n", [Rest]),
    <<A:0, Bb/binary>> = id(<<"x">>),
    io:format("~w ~w~n", [A, Bb]),
    io:format("~w~n", [[S || <<S:8, _:S/binary>> <= <<1, 0, 2, 0, 0, 0>>]]).

fields(<<L, F:L/binary, R/binary>>) -> [F | fields(R)];
fields(<<>>) -> [].
id(X) -> X.
