-module(fmt_errors).
%% badarg from io_lib:format and io:format for bad formats and arguments
-export([start/0]).

start() ->
    Cases = [{"~d", [1]}, {"~p", []}, {"~p", [a, b]}, {"~s", [1]}, {"~b", [a]},
             {"~e", [1]}, {"~f", [a]}, {"~c", [a]}, {"~x", [1]}, {"~.1e", [1.0]},
             {"~.0f", [1.0]}, {"~5.10s", ["a"]}, {"~-p", [a]}, {"~-5p", [a]},
             {"~.40b", [1]}, {foo, []}, {"~p", foo}, {<<"~p">>, [x]}, {'~p', [y]},
             {[$~, $p | <<"bin">>], [z]}, {"~" ++ [1000], []}, {"~tz", [a]}, {"~W", [a, b]}],
    lists:foreach(fun({F, A}) ->
        R1 = try io_lib:format(F, A) of S -> {ok, lists:flatten(S)} catch C1:E1 -> {C1, E1} end,
        io:format("io_lib ~w ~w -> ~w~n", [F, A, R1])
    end, Cases),
    lists:foreach(fun({F, A}) ->
        R2 = try io:format(F, A) catch C2:E2 -> {C2, E2} end,
        io:format("~nio ~w ~w -> ~w~n", [F, A, R2])
    end, Cases),
    R3 = try io:format(no_such_device, "x", []) catch C3:E3 -> {C3, E3} end,
    io:format("~w~n", [R3]),
    R4 = try io:put_chars(foo) catch C4:E4 -> {C4, E4} end,
    io:format("~w~n", [R4]),
    R5 = try io:put_chars([-1]) catch C5:E5 -> {C5, E5} end,
    io:format("~w~n", [R5]),
    ok.
