-module(fmt_depth_P).
%% ~P: depth-limited ~p of lists, tuples, maps, binaries, strings
-export([start/0]).

start() ->
    T = {a, [1, 2, 3, 4, 5], "string", <<"binary data">>, #{1 => x, 2 => y}, {b, {c, {d}}}},
    lists:foreach(fun(D) -> io:format("~w: ~P~n", [D, T, D]) end, lists:seq(0, 9)),
    lists:foreach(fun(D) -> io:format("~w: ~P~n", [D, "a long string here", D]) end, [1, 2, 3, 10]),
    lists:foreach(fun(D) -> io:format("~w: ~P~n", [D, <<"a long binary string here">>, D]) end, [1, 2, 3, 4, 5, 10]),
    lists:foreach(fun(D) -> io:format("~w: ~P~n", [D, <<1, 2, 3, 4, 5, 6, 7>>, D]) end, [1, 2, 3, 8]),
    lists:foreach(fun(D) -> io:format("~w: ~P~n", [D, <<"abcdefgh", 0, "ijklmnopqrstuvwxyz">>, D]) end, [2, 3, 4, 6]),
    io:format("~P~n", [lists:seq(1, 100), 20]),
    io:format("~P~n", [[lists:seq(1, 50), lists:seq(1, 50)], 30]),
    t("~P", [x, y]),
    t("~P", [x]),
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
