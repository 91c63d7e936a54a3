-module(fmt_float_e).
%% ~e: scientific notation, precision, rounding, signs
-export([start/0]).

start() ->
    lists:foreach(fun(X) ->
        t("~e", [X]), t("~.2e", [X]), t("~.3e", [X]), t("~.10e", [X]), t("~.17e", [X])
    end, [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 9.99, 9.999999, 99999.5, 1.0e-300,
          -1.0e300, 1.2345678901234567e-5, 5.0e-324, 1.7976931348623157e308,
          123456789.0, 0.000123, 2.5, 3.0e10]),
    t("~.1e", [1.5]),
    t("~.0e", [1.5]),
    t("~e", [1]),
    t("~e", [foo]),
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
