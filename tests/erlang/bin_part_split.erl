-module(bin_part_split).
-export([start/0]).
%% binary_part/2,3 (negative lengths, whole, empty, out of range), split_binary/2 at every
%% position, byte_size/bit_size of the parts, and the badarg cases.

start() ->
    B = id(<<"0123456789">>),
    [io:format("~w ~w~n", [{S, L}, catch_f(fun() -> binary_part(B, S, L) end)]) ||
        {S, L} <- [{0, 0}, {0, 10}, {3, 4}, {10, 0}, {10, -3}, {5, -5}, {5, -6}, {0, 11}, {11, 0}, {-1, 1}, {9, 1}]],
    io:format("~w~n", [catch_f(fun() -> binary_part(B, {2, 3}) end)]),
    io:format("~w~n", [catch_f(fun() -> binary_part(B, {2, a}) end)]),
    io:format("~w~n", [catch_f(fun() -> binary_part(id(abc), 0, 0) end)]),
    [io:format("~w ~w~n", [N, catch_f(fun() -> split_binary(B, N) end)]) || N <- [0, 1, 5, 10, 11, -1]],
    io:format("~w~n", [catch_f(fun() -> split_binary(id(<<1:9>>), 1) end)]),
    io:format("~w~n", [catch_f(fun() -> split_binary(id([1]), 0) end)]),
    Big = list_to_binary(lists:duplicate(100, "abc")),
    {P1, P2} = split_binary(Big, 150),
    io:format("~w ~w ~w ~w~n", [byte_size(P1), byte_size(P2), binary_part(P2, 0, 3), P1 =:= binary_part(Big, 0, 150)]),
    io:format("~w~n", [<<P1/binary, P2/binary>> =:= Big]).

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
