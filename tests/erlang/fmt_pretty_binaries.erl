-module(fmt_pretty_binaries).
%% ~p of binaries: printable, not printable, long ones wrapping, bitstrings
-export([start/0]).

start() ->
    io:format("~p~n", [<<"hello">>]),
    io:format("~p~n", [<<>>]),
    io:format("~p~n", [<<1, 2, 3>>]),
    io:format("~p~n", [<<"abc", 0>>]),
    io:format("~p~n", [<<"with \"quotes\" and \\ and \n newline">>]),
    io:format("~p~n", [list_to_binary(lists:seq(0, 255))]),
    io:format("~p~n", [list_to_binary(lists:duplicate(200, $a))]),
    io:format("~p~n", [{key, list_to_binary(lists:seq(1, 100))}]),
    io:format("~p~n", [[list_to_binary(lists:seq(100, 140)), list_to_binary(lists:seq(1, 60))]]),
    io:format("~p~n", [<<1:1>>]),
    io:format("~p~n", [<<"abc", 1:2>>]),
    io:format("~p~n", [<<(list_to_binary(lists:seq(1, 50)))/binary, 5:3>>]),
    io:format("~w~n", [<<"abc">>]),
    io:format("~w~n", [<<1, 2, 3:4>>]),
    io:format("~lp~n", [<<"abc">>]),
    io:format("~p~n", [[<<"a">>, <<"b">>, <<1>>]]),
    ok.
