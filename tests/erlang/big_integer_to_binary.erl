-module(big_integer_to_binary).
-export([start/0]).
%% integer_to_binary/1,2 and binary_to_integer/1,2 on bignums of many sizes and bases,
%% including lower-case input and leading zeros; digest over 500 random values.

start() ->
    {H, _} = loop(500, 55, 0),
    io:format("digest ~w~n", [H]),
    X = id(-98765432109876543210987654321098765432109876543210),
    [io:format("~s~n", [integer_to_binary(X, B)]) || B <- [2, 8, 10, 16, 36]],
    io:format("~w~n", [binary_to_integer(<<"-0000ffffffffffffffffffffffffff">>, 16)]),
    io:format("~w~n", [binary_to_integer(<<"+123456789012345678901234567890">>)]),
    io:format("~w~n", [integer_to_binary(1 bsl 200)]).

loop(0, S, H) -> {H, S};
loop(N, S, H) ->
    S1 = rnd(S),
    K = (S1 bsr 8) rem 40,
    {V0, S2} = chunks(S1, K, 0),
    V = case S2 band 16#10000 of 0 -> V0; _ -> -V0 end,
    B = 2 + (S2 bsr 8) rem 35,
    Bin = integer_to_binary(V, B),
    V = binary_to_integer(Bin, B),
    loop(N - 1, S2, lists:foldl(fun(C, A) -> (A * 31 + C) rem 1000000007 end, H, binary_to_list(Bin))).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
id(X) -> X.
