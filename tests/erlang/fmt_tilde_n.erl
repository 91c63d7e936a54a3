-module(fmt_tilde_n).
%% ~~ ~n ~i and plain text around controls
-export([start/0]).

start() ->
    t("~~", []),
    t("a~~b~~", []),
    t("~n", []),
    t("x~ny~n", []),
    t("~i~w", [secret, shown]),
    t("~i", []),
    t("~2i", [a]),
    t("no controls at all", []),
    t("", []),
    t("~", []),
    t("~~~", []),
    t("~q", [a]),
    t("~d", [1]),
    t("~w", []),
    t("~w~w", [a]),
    t("abc", [extra]),
    t("~-n", []),
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
