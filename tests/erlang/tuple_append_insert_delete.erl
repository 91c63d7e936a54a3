-module(tuple_append_insert_delete).
-export([start/0]).
%% erlang:append_element/2, insert_element/3, delete_element/2.

start() ->
    T = {a, b, c},
    io:format("~w~n", [erlang:append_element(T, d)]),
    io:format("~w~n", [erlang:append_element({}, first)]),
    io:format("~w~n", [erlang:insert_element(1, T, z)]),
    io:format("~w~n", [erlang:insert_element(4, T, z)]),
    io:format("~w~n", [erlang:insert_element(2, T, z)]),
    io:format("~w~n", [erlang:delete_element(1, T)]),
    io:format("~w~n", [erlang:delete_element(3, T)]),
    io:format("~w~n", [erlang:delete_element(1, {only})]),
    io:format("~w~n", [try erlang:delete_element(id(4), T) catch error:R -> R end]),
    io:format("~w~n", [try erlang:insert_element(id(5), T, x) catch error:R2 -> R2 end]).

id(X) -> X.
