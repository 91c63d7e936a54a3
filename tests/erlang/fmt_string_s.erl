-module(fmt_string_s).
%% ~s of strings, deep lists, binaries and atoms; bad arguments
-export([start/0]).

start() ->
    t("~s", ["plain"]),
    t("~s", [["deep", [$l, "ist"], <<"bin">>]]),
    t("~s", [<<"binary">>]),
    t("~s", [atom]),
    t("~s", ['Quoted Atom']),
    t("~s", [[]]),
    t("~s", [<<>>]),
    t("~s", [[$a | <<"b">>]]),
    t("~s", [123]),
    t("~s", [{a}]),
    t("~s", [[a]]),
    t("~s", [[1000]]),
    t("~s", [[-1]]),
    t("~.4s|", ["abcdefgh"]),
    t("~5.4s|", [["ab", "cdef", "gh"]]),
    t("~-5.4s|", [<<"abcdefgh">>]),
    t("~s~s", ["a", "b"]),
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
