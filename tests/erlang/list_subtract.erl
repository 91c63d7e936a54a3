-module(list_subtract).
-export([start/0]).
%% -- removes the first occurrence of each element; uses exact equality.

start() ->
    io:format("~w~n", [[1, 2, 3, 2, 1] -- [2, 1]]),
    io:format("~w~n", [[a, b, c] -- [d]]),
    io:format("~w~n", [[a, a, a] -- [a, a]]),
    io:format("~w~n", [[1, 1.0, 1] -- [1.0]]),
    io:format("~w~n", [[] -- [a]]),
    io:format("~w~n", [[x] -- []]),
    io:format("~p~n", ["hello world" -- "lo"]),
    io:format("~w~n", [length(lists:seq(1, 10000) -- lists:seq(1, 10000, 2))]),
    io:format("~w~n", [try id(a) -- [a] catch error:R -> R end]),
    io:format("~w~n", [lists:subtract([3, 2, 1], [1])]).

id(X) -> X.
