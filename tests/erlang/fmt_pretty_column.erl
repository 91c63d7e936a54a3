-module(fmt_pretty_column).
%% ~p starting after text: the column shifts the layout
-export([start/0]).

start() ->
    T = [alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa, lambda, mu],
    io:format("~p~n", [T]),
    io:format("prefix ~p~n", [T]),
    io:format("a much longer prefix before the term ~p~n", [T]),
    io:format("~s~p~n", [lists:duplicate(70, $.), T]),
    io:format("~s~p~n", [lists:duplicate(79, $.), {a}]),
    io:format("~s~p~n", [lists:duplicate(100, $.), T]),
    io:format("~w ~p~n", [{some, term}, T]),
    io:format("~p ~p~n", [T, T]),
    io:format("~.1p~n", [T]),
    io:format("~.30p~n", [T]),
    io:format("~40.10p~n", [T]),
    io:format("~0p~n", [T]),
    io:format("~20p~n", [T]),
    io:format("~1p~n", [T]),
    t("~-20p", [T]),
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
