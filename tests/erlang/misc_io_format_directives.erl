-module(misc_io_format_directives).
-export([start/0]).
%% io:format/2 with ~p ~w ~s ~b ~n on every term type (short terms only: ~p must not wrap).

start() ->
    Terms = [42, -7, 1 bsl 65, ok, 'Weird atom', "text", [1, 2], [], {a, "b"}, <<"bin">>,
             <<1, 2>>, #{k => "v"}, [{x, 1}], [a | b], {}],
    [io:format("~w | ~p~n", [T, T]) || T <- Terms],
    io:format("~s|~s|~s~n", ["str", <<"bin">>, atom]),
    io:format("~b ~b~n", [255, -255]),
    io:format("a~nb~n"),
    io:format("~p~n", [[[1, 2], "ab", [$a, 1]]]),
    io:format("~p~n", [<<"with \"quotes\"">>]),
    io:format("~p~n", [["nested", ["lists"]]]).
