-module(atom_printing).
-export([start/0]).
%% How atoms print with ~w ~p ~s: quoting rules.

start() ->
    As = [ok, 'Ok', 'hello world', '', 'a@b', 'a.b', '[]', '{}', 'if', 'x-y', a1, '1a', '_x', 'A_b'],
    [io:format("~w ~p~n", [A, A]) || A <- As],
    io:format("~s~n", [hello]),
    io:format("~s~n", ['Hello World']).
