-module(guard_types_atoms).
-export([start/0]).
%% is_atom / is_boolean on atoms, booleans and other terms.

start() ->
    Terms = [true, false, undefined, ok, '', 'hello world', [], "true", 1, {true}, <<"false">>],
    [io:format("~w ~w~n", [is_atom(T), is_boolean(T)]) || T <- Terms],
    io:format("~w~n", [[g(T) || T <- Terms]]).

g(T) when is_boolean(T) -> bool;
g(T) when is_atom(T) -> atom;
g(_) -> other.
