-module(fmt_pretty_improper).
%% ~p and ~w of improper lists
-export([start/0]).

start() ->
    io:format("~p ~w~n", [[a | b], [a | b]]),
    io:format("~p ~w~n", [[1, 2 | 3], [1, 2 | 3]]),
    io:format("~p~n", [[$a, $b | $c]]),
    io:format("~p~n", [[$a, $b | "c"]]),
    io:format("~p~n", [[[] | []]]),
    io:format("~p~n", [[a | {b, c}]]),
    io:format("~p~n", [lists:seq(1, 30) ++ tail_atom_value]),
    io:format("~p~n", [lists:seq(1, 30) ++ {a_tuple, lists:seq(1, 20)}]),
    io:format("~p~n", [[lists:seq(1, 30) | lists:seq(1, 30) ++ x]]),
    io:format("~P~n", [[1, 2, 3 | x], 3]),
    io:format("~P~n", [[1, 2, 3 | x], 4]),
    io:format("~P~n", [[1, 2, 3 | x], 5]),
    io:format("~W~n", [[1, 2, 3 | x], 4]),
    ok.
