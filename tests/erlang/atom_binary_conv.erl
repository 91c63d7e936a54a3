-module(atom_binary_conv).
-export([start/0]).
%% atom_to_binary/1,2 and binary_to_atom/1,2.

start() ->
    io:format("~p~n", [atom_to_binary(hello)]),
    io:format("~p~n", [atom_to_binary(hello, utf8)]),
    io:format("~p~n", [atom_to_binary('with space', latin1)]),
    io:format("~w~n", [binary_to_atom(<<"world">>)]),
    io:format("~w~n", [binary_to_atom(<<"world">>, utf8) =:= world]),
    io:format("~p~n", [binary_to_atom(<<"Caps">>, latin1)]),
    io:format("~w~n", [byte_size(atom_to_binary('ü', utf8))]),
    io:format("~w~n", [byte_size(atom_to_binary('ü', latin1))]),
    io:format("~w~n", [try binary_to_atom(id(notbin), utf8) catch error:R -> R end]).

id(X) -> X.
