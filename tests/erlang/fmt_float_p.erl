-module(fmt_float_p).
%% ~p and ~w of floats: shortest text that reads back
-export([start/0]).

start() ->
    lists:foreach(fun(X) -> t("~p ~w", [X, X]) end,
        [0.0, -0.0, 1.0, 0.1, 0.2, 0.3, 1/3, 2/3, 100.0, 1.0e15, 1.0e16, 1.0e17,
         123456789012345680.0, 1.0e-4, 1.0e-5, 0.001, 1.5e300, 5.0e-324,
         2.2250738585072014e-308, 1.7976931348623157e308, 4.35, 0.1 + 0.2,
         9007199254740993.0, 3.14159, -2.5e-7, 1.0e21, 1.0e22, 1.0e23]),
    t("~p", [[1.0, 2.5, {3.25}]]),
    t("~s", [io_lib:write(0.1)]),
    t("~s", [io_lib:print(1.0e10)]),
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
