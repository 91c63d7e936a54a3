-module(bin_match_int).
-export([start/0]).
%% Matching integers out of binaries: sizes, endianness, signedness, variable sizes.

start() ->
    <<A, B, C>> = id(<<10, 20, 30>>),
    io:format("~w ~w ~w~n", [A, B, C]),
    <<W:16, Rest/binary>> = id(<<1, 2, 3, 4>>),
    io:format("~w ~w~n", [W, Rest]),
    <<L:16/little, _/binary>> = id(<<1, 2>>),
    io:format("~w~n", [L]),
    <<S:8/signed, U:8/unsigned>> = id(<<255, 255>>),
    io:format("~w ~w~n", [S, U]),
    <<Len:8, Data:Len/binary, Tail/binary>> = id(<<3, $a, $b, $c, $z>>),
    io:format("~w ~p ~p~n", [Len, Data, Tail]),
    <<Hi:4, Lo:4>> = id(<<16#AB>>),
    io:format("~w ~w~n", [Hi, Lo]),
    io:format("~w~n", [parse_header(id(<<1, 0, 5, 0, 0, 0, 42>>))]),
    io:format("~w~n", [parse_header(id(<<2, 0>>))]),
    io:format("~w~n", [sum_bytes(id(<<1, 2, 3, 4, 5>>), 0)]).

id(X) -> X.

parse_header(<<1, Id:16, Val:32>>) -> {v1, Id, Val};
parse_header(<<V, _/binary>>) -> {unknown_version, V}.

sum_bytes(<<X, R/binary>>, Acc) -> sum_bytes(R, Acc + X);
sum_bytes(<<>>, Acc) -> Acc.
