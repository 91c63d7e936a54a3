-module(conv_integer_to_list).
-export([start/0]).
%% integer_to_list/1 and list_to_integer/1 in base 10, small and big, signed.

start() ->
    Ns = [0, 9, -9, 1234567890, -1 bsl 59, 1 bsl 64, -(1 bsl 100), 99999999999999999999],
    [io:format("~s ~w~n", [integer_to_list(N), list_to_integer(integer_to_list(N)) =:= N]) || N <- Ns],
    io:format("~w~n", [list_to_integer("007")]),
    io:format("~w~n", [list_to_integer("-0")]),
    io:format("~w~n", [list_to_integer("+15")]),
    io:format("~w~n", [list_to_integer("123456789012345678901234567890")]),
    io:format("~w~n", [integer_to_list(12) ++ "!" ]).
