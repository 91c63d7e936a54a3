-module(fmt_atom_quoting).
%% when ~w and ~p quote atoms, and how they escape characters
-export([start/0]).

start() ->
    lists:foreach(fun(A) -> t("~w ~p ~s", [A, A, io_lib:write_atom(A)]) end,
        [ok, 'OK', '_x', x_Y1, 'a b', '', 'a-b', 'a.b', 'a@b', 'and', 'or', 'div',
         'receive', 'after', 'begin', 'catch', 'fun', 'when', 'xor', 'bnot', 'cond',
         'let', 'of', 'query', 'spec', '\n', 'tab\t', '\\', 'it\'s', '"', 'a"b',
         '9a', 'aZ', 'true', '[]', '{}', '$', 'hello world!', list_to_atom("a" ++ [127]),
         list_to_atom([1, 2]), list_to_atom([128, 159])]),
    ok.

t(F, A) ->
    R = try io_lib:format(F, A) of
            S -> {ok, lists:flatten(S)}
        catch
            C:E -> {C, E}
        end,
    case R of
        {ok, Text} -> io:format("~p: [~s]~n", [F, Text]);
        {Class, Reason} -> io:format("~p: ~w:~w~n", [F, Class, Reason])
    end.
