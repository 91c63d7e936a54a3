-module(proc_receive_after_zero).
-export([start/0]).
%% receive ... after 0: poll the mailbox without blocking.

start() ->
    io:format("~w~n", [poll()]),
    self() ! msg,
    io:format("~w~n", [poll()]),
    io:format("~w~n", [poll()]),
    self() ! {x, 1},
    io:format("~w~n", [receive {y, _} -> y after 0 -> no_y end]),
    io:format("~w~n", [receive {x, N} -> {x, N} after 0 -> no_x end]),
    %% after 0 alone just returns
    R = receive after 0 -> timeout_only end,
    io:format("~w~n", [R]),
    [self() ! I || I <- lists:seq(1, 5)],
    io:format("~w~n", [count(0)]).

poll() -> receive M -> {got, M} after 0 -> empty end.

count(N) -> receive _ -> count(N + 1) after 0 -> N end.
