-module(fmt_indentation).
%% io_lib:indentation, nl, chars_length-like measures
-export([start/0]).

start() ->
    io:format("~w~n", [io_lib:indentation("abc", 0)]),
    io:format("~w~n", [io_lib:indentation("abc", 5)]),
    io:format("~w~n", [io_lib:indentation("ab\ncd", 5)]),
    io:format("~w~n", [io_lib:indentation("\t", 0)]),
    io:format("~w~n", [io_lib:indentation("\t", 3)]),
    io:format("~w~n", [io_lib:indentation("a\tb", 7)]),
    io:format("~w~n", [io_lib:indentation(["ab", ["c", "\n"], "de"], 9)]),
    io:format("~w~n", [io_lib:indentation([], 4)]),
    io:format("~w~n", [io_lib:nl()]),
    t("~s~p", ["\t", [aaaaaaaaaa, bbbbbbbbbbbb, cccccccccccc, dddddddddddd, eeeeeeeeeeee, ffffff]]),
    t("ab\tcd~p", [[aaaaaaaaaa, bbbbbbbbbbbb, cccccccccccc, dddddddddddd, eeeeeeeeeeee, ffffff]]),
    t("line\n~p", [[aaaaaaaaaa, bbbbbbbbbbbb, cccccccccccc, dddddddddddd, eeeeeeeeeeee, ffffff]]),
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
