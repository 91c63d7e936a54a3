-module(conv_integer_binary).
-export([start/0]).
%% integer_to_binary/1,2 and binary_to_integer/1,2.

start() ->
    io:format("~p~n", [integer_to_binary(12345)]),
    io:format("~p~n", [integer_to_binary(-12345)]),
    io:format("~p~n", [integer_to_binary(1 bsl 80)]),
    io:format("~p~n", [integer_to_binary(255, 16)]),
    io:format("~p~n", [integer_to_binary(-5, 2)]),
    io:format("~w~n", [binary_to_integer(<<"987654321">>)]),
    io:format("~w~n", [binary_to_integer(<<"-42">>)]),
    io:format("~w~n", [binary_to_integer(<<"7fffffffffffffffff">>, 16)]),
    io:format("~w~n", [binary_to_integer(<<"Zz">>, 36)]),
    io:format("~w~n", [[binary_to_integer(integer_to_binary(N)) =:= N || N <- [0, -1, 1 bsl 63, -(1 bsl 63)]]]).
