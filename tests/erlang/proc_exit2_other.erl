-module(proc_exit2_other).
-export([start/0]).
%% exit(Pid, Reason) with other reasons: kills a non-trapping process, is a message for a trapping one.

start() ->
    Parent = self(),
    P = spawn(fun() -> receive never -> ok end end),
    M = monitor(process, P),
    exit(P, custom_reason),
    receive {'DOWN', M, process, P, R} -> io:format("~w~n", [R]) end,
    T = spawn(fun() ->
        process_flag(trap_exit, true),
        Parent ! ready,
        receive {'EXIT', _, Why} -> Parent ! {trapped, Why} end,
        receive {'EXIT', _, Why2} -> Parent ! {trapped, Why2} end
    end),
    receive ready -> ok end,
    exit(T, {complex, reason}),
    exit(T, shutdown),
    receive {trapped, W1} -> io:format("~w~n", [W1]) end,
    receive {trapped, W2} -> io:format("~w~n", [W2]) end,
    %% exit(self(), Reason) kills the caller itself
    {S, MS} = spawn_monitor(fun() -> exit(self(), suicide), receive never -> ok end end),
    receive {'DOWN', MS, process, S, RS} -> io:format("~w~n", [RS]) end,
    %% badarg on a non-pid
    io:format("~w~n", [try exit(not_a_pid, x) catch error:E -> E end]).
