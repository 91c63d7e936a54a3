-module(fmt_modifiers).
%% the t and l modifiers, repeated and combined
-export([start/0]).

start() ->
    t("~lp", ["abc"]),
    t("~lp", [[["abc"]]]),
    t("~ltp", ["abc"]),
    t("~tlp", ["abc"]),
    t("~llp", ["abc"]),
    t("~ttp", ["abc"]),
    t("~lP", ["abc", 3]),
    t("~ls", ["abc"]),
    t("~lw", ["abc"]),
    t("~tw", ["abc"]),
    t("~tb", [5]),
    t("~lb", [5]),
    t("~10lp|", ["abc"]),
    t("~lp", [<<"abc">>]),
    t("~lp", [{"ab", <<"cd">>, 'ef'}]),
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
