-module(fmt_char_c).
%% ~c with widths and precision, ~tc beyond Latin-1 (shown as numbers)
-export([start/0]).

start() ->
    t("~c~c~c", [$a, $b, $c]),
    t("~3c|~.3c|~5.3c|~-5.3c", [$a, $b, $c, $d]),
    t("~c", [256 + $a]),
    t("~c", [-1 band 16#7F]),
    io:format("~w~n", [lists:flatten(io_lib:format("~tc", [1000]))]),
    io:format("~w~n", [lists:flatten(io_lib:format("~c", [1000]))]),
    t("~c", [a]),
    t("~c", [[$a]]),
    t("~3.5c", [$a]),
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
