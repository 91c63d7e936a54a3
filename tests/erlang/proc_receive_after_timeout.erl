-module(proc_receive_after_timeout).
-export([start/0]).
%% receive ... after T with small timeouts: timeouts fire, messages arriving first win.

start() ->
    io:format("~w~n", [receive never -> got after 10 -> timed_out end]),
    Parent = self(),
    spawn(fun() -> Parent ! early end),
    io:format("~w~n", [receive early -> got_early after 2000 -> timed_out end]),
    spawn(fun() -> receive after 20 -> ok end, Parent ! late end),
    io:format("~w~n", [receive late -> got_late after 5000 -> timed_out end]),
    %% an unmatched message does not stop the timer
    self() ! noise,
    io:format("~w~n", [receive signal -> got after 15 -> timed_out_with_noise end]),
    io:format("~w~n", [receive noise -> noise_still_there after 0 -> lost end]),
    %% sleeping
    timer:sleep(5),
    io:format("slept~n"),
    T = id(30),
    io:format("~w~n", [receive never -> got after T -> variable_timeout end]),
    io:format("~w~n", [receive after infinity_test() -> done end]).

id(X) -> X.
infinity_test() -> 1.
