-module(bin_list_conv).
-export([start/0]).
%% list_to_binary, iolist_to_binary, iolist_size, binary_to_list/1,3, list_to_bitstring,
%% bitstring_to_list on nested iolists (deep nesting, binaries in tails, empty pieces)
%% and their badarg cases (integers > 255, negative, atoms, improper tails, bitstrings).

start() ->
    Io = [1, [2, <<3, 4>>, []], <<>>, [[[5]]], "ab" | <<"cd">>],
    io:format("~w ~w ~w~n", [list_to_binary(Io), iolist_to_binary(Io), iolist_size(Io)]),
    io:format("~w~n", [iolist_to_binary(<<"already">>)]),
    io:format("~w~n", [iolist_size(<<"xyz">>)]),
    Deep = lists:foldl(fun(I, A) -> [A, I rem 256] end, [], lists:seq(1, 3000)),
    io:format("~w ~w~n", [iolist_size(Deep), iolist_to_binary(Deep) =:= list_to_binary(Deep)]),
    B = id(<<"hello world">>),
    [io:format("~w ~w~n", [{S, E}, catch_f(fun() -> binary_to_list(B, S, E) end)]) ||
        {S, E} <- [{1, 11}, {1, 1}, {3, 5}, {5, 3}, {0, 2}, {1, 12}, {11, 11}, {12, 12}]],
    Bad = [[256], [-1], [a], [1 | 2], [<<1:1>>], [1.0], [[1], [[300]]], "abc" ++ [[x]]],
    [io:format("~w ~w ~w~n", [catch_f(fun() -> list_to_binary(L) end), catch_f(fun() -> iolist_to_binary(L) end),
                              catch_f(fun() -> iolist_size(L) end)]) || L <- Bad],
    io:format("~w~n", [catch_f(fun() -> list_to_binary(id(abc)) end)]),
    io:format("~w~n", [catch_f(fun() -> binary_to_list(id(<<1:12>>)) end)]),
    io:format("~w~n", [list_to_bitstring(id([<<1:1>>, [<<2:2>>, 3], <<>> | <<7:3>>]))]),
    io:format("~w~n", [bitstring_to_list(id(<<1, 2, 3:4>>))]),
    io:format("~w~n", [catch_f(fun() -> list_to_bitstring([<<1:1>>, 256]) end)]).

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
