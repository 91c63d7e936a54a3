-module(tuple_size_make).
-export([start/0]).
%% tuple_size/1, size/1, erlang:make_tuple/2 and /3.

start() ->
    io:format("~w~n", [[tuple_size(T) || T <- [{}, {1}, {1, 2}, list_to_tuple(lists:seq(1, 300))]]]),
    io:format("~w~n", [size({a, b, c})]),
    io:format("~w~n", [erlang:make_tuple(3, x)]),
    io:format("~w~n", [erlang:make_tuple(0, x)]),
    io:format("~w~n", [erlang:make_tuple(5, 0, [{2, two}, {4, four}])]),
    io:format("~w~n", [erlang:make_tuple(3, [], [{1, a}, {1, b}])]),
    io:format("~w~n", [tuple_size(erlang:make_tuple(1000, z))]),
    io:format("~w~n", [try tuple_size(id([1])) catch error:R -> R end]),
    io:format("~w~n", [try erlang:make_tuple(id(-1), x) catch error:R2 -> R2 end]).

id(X) -> X.
