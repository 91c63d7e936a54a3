-module(atom_list_to_atom).
-export([start/0]).
%% list_to_atom/1 creates atoms that equal literal atoms; errors on bad input.

start() ->
    io:format("~w~n", [list_to_atom("ok") =:= ok]),
    io:format("~w~n", [list_to_atom("brand_new_atom_123")]),
    io:format("~p~n", [list_to_atom("Needs Quotes")]),
    io:format("~p~n", [list_to_atom("")]),
    New = list_to_atom("made_" ++ integer_to_list(42)),
    io:format("~w ~w~n", [New, is_atom(New)]),
    io:format("~w~n", [New =:= made_42]),
    io:format("~w~n", [[list_to_atom([C]) || C <- "abc"]]),
    io:format("~w~n", [try list_to_atom(id(notalist)) catch error:R -> R end]),
    io:format("~w~n", [try list_to_atom(id([a])) catch error:R2 -> R2 end]),
    io:format("~w~n", [try list_to_atom(lists:duplicate(256, $x)) catch error:R3 -> R3 end]),
    io:format("~w~n", [length(atom_to_list(list_to_atom(lists:duplicate(255, $y))))]).

id(X) -> X.
