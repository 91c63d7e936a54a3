-module(fmt_float_f).
%% ~f: fixed notation, precision, rounding, large and small values
-export([start/0]).

start() ->
    lists:foreach(fun(X) ->
        t("~f", [X]), t("~.1f", [X]), t("~.2f", [X]), t("~.9f", [X]), t("~.20f", [X])
    end, [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 0.05, 0.005, 0.125, 2.675, 9.995, 99.99,
          1.0e-10, 1.0e20, 1.0e22, 123456789.987654321, -0.0001, 0.45, 1.45]),
    t("~f", [1.0e100]),
    t("~.3f", [1.7976931348623157e308]),
    t("~.0f", [1.5]),
    t("~f", [1]),
    t("~f", ["1.0"]),
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
