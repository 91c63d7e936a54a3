-module(fmt_star_args).
%% * for width, precision and pad character taken from the arguments
-export([start/0]).

start() ->
    t("~*s|", [8, "ab"]),
    t("~-*s|", [8, "ab"]),
    t("~*s|", [-8, "ab"]),
    t("~*.*s|", [8, 1, "ab"]),
    t("~*.*.*s|", [8, 4, $_, "ab"]),
    t("~.*f|", [2, 3.14159]),
    t("~*.*f|", [10, 3, 3.14159]),
    t("~*.*e|", [12, 3, 314.159]),
    t("~*.*b|", [10, 2, 10]),
    t("~*.*.*B|", [10, 16, $0, 255]),
    t("~*p|", [10, [a, b, c]]),
    t("~*c|", [3, $z]),
    t("~*s|", [a, "x"]),
    t("~.*s|", [x, "x"]),
    t("~*s|", [1.5, "x"]),
    t("~*s|", [8]),
    t("~*.*w|", [6, 3, abcdef]),
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
