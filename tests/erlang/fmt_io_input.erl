-module(fmt_io_input).
%% io reading from a standard input at end of file, columns of a non-terminal
-export([start/0]).

start() ->
    io:format("~w~n", [io:columns()]),
    io:format("~w~n", [io:rows()]),
    io:format("~w~n", [io:get_line("prompt> ")]),
    io:format("~w~n", [io:get_line('atom prompt: ')]),
    io:format("~w~n", [io:get_line(standard_io, "")]),
    io:format("~w~n", [io:read("read> ")]),
    io:format("~w~n", [io:printable_range()]),
    ok.
