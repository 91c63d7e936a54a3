-module(tuple_list_conv).
-export([start/0]).
%% tuple_to_list / list_to_tuple round trips and errors.

start() ->
    io:format("~w~n", [tuple_to_list({a, {b}, [c]})]),
    io:format("~w~n", [tuple_to_list({})]),
    io:format("~w~n", [list_to_tuple([1, 2, 3])]),
    io:format("~w~n", [list_to_tuple([])]),
    T = list_to_tuple(lists:seq(1, 100)),
    io:format("~w ~w~n", [tuple_size(T), element(100, T)]),
    io:format("~w~n", [list_to_tuple(tuple_to_list(T)) =:= T]),
    io:format("~w~n", [try list_to_tuple(id([a | b])) catch error:R -> R end]),
    io:format("~w~n", [try tuple_to_list(id(a)) catch error:R2 -> R2 end]).

id(X) -> X.
