-module(tuple_element).
-export([start/0]).
%% element/2 at every position, with computed indexes, and out-of-range badarg.

start() ->
    T = {a, 2, "three", {four}, [5], 6.0},
    io:format("~w~n", [[element(I, T) || I <- lists:seq(1, tuple_size(T))]]),
    io:format("~w~n", [element(id(4), T)]),
    io:format("~w~n", [try element(id(0), T) catch error:R -> R end]),
    io:format("~w~n", [try element(id(7), T) catch error:R2 -> R2 end]),
    io:format("~w~n", [try element(1, id([a])) catch error:R3 -> R3 end]),
    io:format("~w~n", [try element(id(a), T) catch error:R4 -> R4 end]),
    {X, Y, _} = {1, 2, 3},
    io:format("~w ~w~n", [X, Y]),
    io:format("~w~n", [element(2, element(2, {x, {y, z}}))]).

id(X) -> X.
