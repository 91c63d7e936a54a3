-module(fmt_io_output).
%% io:format/1,2,3, fwrite, put_chars/1,2, nl/0,1, write/1,2 on standard_io and user
-export([start/0]).

start() ->
    io:format("format/1~n"),
    io:format("format/2 ~w~n", [x]),
    io:format(standard_io, "format/3 ~w~n", [y]),
    io:format(user, "format/3 user ~w~n", [z]),
    io:fwrite("fwrite/1~n"),
    io:fwrite("fwrite/2 ~p~n", ["s"]),
    io:fwrite(standard_io, "fwrite/3~n", []),
    io:format(<<"binary format ~w~n">>, [1]),
    io:format('atom format~n'),
    io:format([$d, $e | "ep ~w~n"], [2]),
    ok = io:put_chars("put_chars/1\n"),
    ok = io:put_chars(standard_io, ["put_chars/2 ", <<"binary">>, $\n]),
    ok = io:put_chars(<<"binary only\n">>),
    ok = io:nl(),
    ok = io:nl(standard_io),
    ok = io:write({write, [1]}),
    io:nl(),
    ok = io:write(standard_io, "str"),
    io:nl(),
    io:format(standard_error, "to stderr, not compared~n", []),
    io:put_chars(standard_error, "stderr too\n"),
    io:format("~w~n", [io:format("returns ~w~n", [ok])]),
    ok.
