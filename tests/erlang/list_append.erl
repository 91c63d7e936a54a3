-module(list_append).
-export([start/0]).
%% ++ (erlang:'++'/2, lists:append): copying, improper tails, errors.

start() ->
    io:format("~w~n", [[1, 2] ++ [3, 4]]),
    io:format("~w~n", [[] ++ [a]]),
    io:format("~w~n", [[a] ++ []]),
    io:format("~w~n", [[a] ++ b]),
    io:format("~w~n", [[] ++ b]),
    io:format("~p~n", ["abc" ++ "def"]),
    io:format("~w~n", [lists:append([[1], [2, 3], [], [4]])]),
    io:format("~w~n", [lists:append("x", "y")]),
    io:format("~w~n", [length(lists:seq(1, 50000) ++ lists:seq(1, 50000))]),
    io:format("~w~n", [try id([a | b]) ++ [c] catch error:R -> R end]),
    io:format("~w~n", [try id(x) ++ [c] catch error:R2 -> R2 end]),
    io:format("~w~n", [erlang:'++'([1], [2])]).

id(X) -> X.
