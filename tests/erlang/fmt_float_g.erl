-module(fmt_float_g).
%% ~g: fixed or scientific by magnitude, precision
-export([start/0]).

start() ->
    lists:foreach(fun(X) ->
        t("~g", [X]), t("~.1g", [X]), t("~.2g", [X]), t("~.3g", [X]), t("~.8g", [X])
    end, [0.0, 1.0, -1.0, 0.1, 0.09, 0.099999, 0.5, 9.5, 10.0, 99.9, 100.0, 999.0,
          1000.0, 9999.0, 9999.5, 10000.0, 12345.678, 1.0e-5, 1.0e10, -0.01]),
    t("~.0g", [1.0]),
    t("~g", [3]),
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
