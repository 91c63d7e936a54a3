-module(fmt_format_forms).
%% format strings given as binaries, atoms and lists; results of io_lib:format are chardata
-export([start/0]).

start() ->
    t(<<"bin ~w">>, [1]),
    t('atom ~w', [2]),
    t("list ~w", [3]),
    t([$a, $~, $w], [4]),
    t("~s", [[$a, [$b, [$c]], <<"d">>]]),
    io:format("~w~n", [io_lib:char_list(lists:flatten(io_lib:format("~p ~w", [{a, "b"}, [c]])))]),
    io:format("~s~n", [io_lib:format("~p", [{a, "b"}])]),
    io:format("~s~n", [io_lib:fwrite("~p", [{a, "b"}])]),
    io:format("~s~n", [io_lib:format("~p", [{a, "b"}], [])]),
    io:format("~s~n", [io_lib:fwrite("~w", [x], [{chars_limit, -1}])]),
    io:format(<<"~w~n">>, [done]),
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
