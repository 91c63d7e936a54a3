-module(atom_to_list).
-export([start/0]).
%% atom_to_list/1 for plain, quoted and unusual atoms.

start() ->
    As = [ok, 'Hello', 'with space', '', 'a.b', '123', true, []],
    [io:format("~p~n", [catch_it(fun() -> atom_to_list(A) end)]) || A <- As],
    io:format("~w~n", [length(atom_to_list(abcdefghij))]),
    %% a non-ASCII atom gives its code points (printed as numbers to stay encoding-neutral)
    io:format("~w~n", [atom_to_list('\x{e9}t\x{e9}')]).

catch_it(F) -> try F() catch error:R -> {error, R} end.
