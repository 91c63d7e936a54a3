-module(list_length).
-export([start/0]).
%% length/1 on lists of various sizes; badarg on improper lists.

start() ->
    io:format("~w~n", [[length(L) || L <- [[], [a], "hello", lists:seq(1, 1000)]]]),
    io:format("~w~n", [length(lists:seq(1, 1000000))]),
    io:format("~w~n", [try length(id([a, b | c])) catch error:R -> R end]),
    io:format("~w~n", [try length(id(abc)) catch error:R2 -> R2 end]),
    io:format("~w~n", [length([[1, 2], [3]])]).

id(X) -> X.
