-module(fmt_pretty_strings).
%% ~p of character lists: strings, escapes, lists that are not strings, ~lp
-export([start/0]).

start() ->
    io:format("~p~n", ["hello"]),
    io:format("~p~n", [""]),
    io:format("~p~n", ["tab\there\nnewline \"quote\" back\\slash \e\v\f\b\r"]),
    io:format("~p~n", [[72, 105, 0]]),
    io:format("~p~n", [[1000]]),
    io:format("~p~n", [["abc", "def", [1, 2]]]),
    io:format("~p~n", [lists:duplicate(100, $x)]),
    io:format("~p~n", [[lists:duplicate(50, $y), lists:duplicate(50, $z)]]),
    io:format("~lp~n", ["hello"]),
    io:format("~lp~n", [[{"a", "b"}]]),
    io:format("~w~n", ["hello"]),
    io:format("~p~n", [[$a, $b, [$c]]]),
    io:format("~p~n", [{"key", "value"}]),
    io:format("~p~n", [[127]]),
    io:format("~p~n", [[7]]),
    io:format("~p~n", [[[]]]),
    ok.
