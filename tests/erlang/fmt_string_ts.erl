-module(fmt_string_ts).
%% ~ts: Unicode character data (results shown as code points)
-export([start/0]).

start() ->
    S = fun(F, A) -> io:format("~w~n", [try lists:flatten(io_lib:format(F, A)) catch C:E -> {C, E} end]) end,
    S("~ts", [[1000, 2000]]),
    S("~ts", [<<"caf", 233/utf8>>]),
    S("~ts", [<<"caf", 233>>]),
    S("~ts", [[<<206, 187>>, "x", [955]]]),
    S("~ts", ['atom']),
    S("~5ts|", [[955]]),
    S("~-5ts|", [[955, 956]]),
    S("~.1ts|", [[955, 956]]),
    S("~s", [<<206, 187>>]),
    S("~ts", [[-1]]),
    S("~tp", [[955]]),
    S("~tp", [<<"a", 955/utf8>>]),
    S("~tp", [<<"a", 233/utf8>>]),
    S("~p", [<<"a", 955/utf8>>]),
    S("~tw", [list_to_atom([955])]),
    S("~w", [list_to_atom([955])]),
    S("~tp", [list_to_atom([955])]),
    S("~p", [list_to_atom([955])]),
    ok.
