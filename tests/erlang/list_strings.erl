-module(list_strings).
-export([start/0]).
%% Strings are lists of character codes: printing with ~s ~p ~w, building, Unicode.

start() ->
    S = "Hello",
    io:format("~s|~p|~w~n", [S, S, S]),
    io:format("~s~n", [[$a, $b, $c]]),
    io:format("~p~n", [[$a, 0]]),
    io:format("~p~n", [[]]),
    io:format("~p~n", [["ab", "cd"]]),
    io:format("~p~n", [{"nested", [x, "y"]}]),
    io:format("~s~n", [["io", $l, "ist", [$!]]]),
    io:format("~w~n", [string:uppercase("shout")]),
    io:format("~p~n", [string:to_lower("LOWER")]),
    io:format("~p~n", [string:tokens("a,b,,c", ",")]),
    io:format("~p~n", [string:join(["x", "y", "z"], "-")]),
    io:format("~w~n", [length("naïve")]),
    io:format("~p~n", ["tab\there"]),
    io:format("~p~n", ["quote\"back\\slash"]),
    io:format("~p~n", [lists:concat([abc, 12, "de"])]).
