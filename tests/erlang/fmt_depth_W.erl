-module(fmt_depth_W).
%% ~W: depth-limited ~w
-export([start/0]).

start() ->
    T = {a, [1, 2, 3, 4, 5], "string", <<"binary data">>, #{1 => x, 2 => y}, {b, {c, {d}}}},
    lists:foreach(fun(D) -> io:format("~w: ~W~n", [D, T, D]) end, lists:seq(0, 9)),
    lists:foreach(fun(D) -> io:format("~w: ~W~n", [D, [a, b, c | d], D]) end, lists:seq(1, 5)),
    lists:foreach(fun(D) -> io:format("~w: ~W~n", [D, <<1, 2, 3, 4, 5, 6:4>>, D]) end, lists:seq(1, 7)),
    lists:foreach(fun(D) -> io:format("~w: ~W~n", [D, #{1 => [1, 2], 2 => {3}}, D]) end, lists:seq(1, 4)),
    lists:foreach(fun(D) -> io:format("~w: ~s~n", [D, io_lib:write({x, [y, z]}, D)]) end, lists:seq(-1, 4)),
    io:format("~s~n", [io_lib:write([1, 2, 3], [{depth, 2}])]),
    t("~W", [x, -1]),
    t("~W", [x, foo]),
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
