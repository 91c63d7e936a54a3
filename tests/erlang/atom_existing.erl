-module(atom_existing).
-export([start/0]).
%% list_to_existing_atom/1 and binary_to_existing_atom/2.

start() ->
    io:format("~w~n", [list_to_existing_atom("start")]),
    io:format("~w~n", [list_to_existing_atom("ok")]),
    io:format("~w~n", [try list_to_existing_atom(id("this_atom_does_not_exist_xyzzy_7781"))
                       catch error:R -> R end]),
    io:format("~w~n", [binary_to_existing_atom(<<"error">>, utf8)]),
    io:format("~w~n", [try binary_to_existing_atom(id(<<"nor_does_this_one_plugh_1123">>), utf8)
                       catch error:R2 -> R2 end]),
    Made = list_to_atom(id("now_it_exists_4411")),
    io:format("~w~n", [list_to_existing_atom("now_it_exists_4411") =:= Made]).

id(X) -> X.
