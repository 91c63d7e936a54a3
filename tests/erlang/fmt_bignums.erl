-module(fmt_bignums).
%% integers of any size with ~w ~p ~b ~.16B ~e of their float
-export([start/0]).

start() ->
    lists:foreach(fun(N) ->
        X = pow(7, N),
        t("~w ~p", [X, -X]),
        t("~.16B ~.2b", [X, X]),
        t("~40b|~-40b|", [X, X]),
        t("~p", [[X, X, X]])
    end, [1, 10, 20, 30, 40, 60, 100]),
    t("~e", [float(pow(7, 30))]),
    t("~p", [float(pow(7, 30))]),
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

pow(_, 0) -> 1;
pow(X, N) -> X * pow(X, N - 1).
