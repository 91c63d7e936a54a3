-module(fmt_width_padding).
%% field width and pad characters of ~s ~w ~p ~b ~c ~e ~f
-export([start/0]).

start() ->
    t("~10s|", ["abc"]),
    t("~-10s|", ["abc"]),
    t("~10.3s|", ["abcdef"]),
    t("~-10.3s|", ["abcdef"]),
    t("~3s|", ["abcdef"]),
    t("~.3s|", ["ab"]),
    t("~10..s|", ["abc"]),
    t("~10.5.*s|", ["abc"]),
    t("~-10.5.*s|", ["abc"]),
    t("~10w|", [{a, b}]),
    t("~-10w|", [{a, b}]),
    t("~3w|", [{a, b}]),
    t("~10.2w|", [{a, b}]),
    t("~.3w|", [{a, b}]),
    t("~10.5.xw|", [abcdefgh]),
    t("~8b|", [255]),
    t("~-8b|", [255]),
    t("~8..0b|", [255]),
    t("~2b|", [12345]),
    t("~5c|", [$x]),
    t("~5.2c|", [$x]),
    t("~-5.2c|", [$x]),
    t("~5.2.-c|", [$x]),
    t("~15e|", [3.5]),
    t("~-15e|", [3.5]),
    t("~15.3.0e|", [3.5]),
    t("~4e|", [3.5]),
    t("~12f|", [-2.25]),
    t("~12.1.0f|", [-2.25]),
    t("~3f|", [123.0]),
    t("~10g|", [0.5]),
    t("~5~|", []),
    t("~3n|", []),
    t("~12s|~-12s|", [hello, world]),
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
