-module(proc_exit2_kill).
-export([start/0]).
%% exit(Pid, kill): untrappable, the victim dies with reason killed; links see killed.

start() ->
    process_flag(trap_exit, true),
    P = spawn(fun() -> receive never -> ok end end),
    M = monitor(process, P),
    exit(P, kill),
    receive {'DOWN', M, process, P, R} -> io:format("~w~n", [R]) end,
    %% even a trapping process is killed
    T = spawn(fun() -> process_flag(trap_exit, true), receive never -> ok end end),
    MT = monitor(process, T),
    timer:sleep(10),
    exit(T, kill),
    receive {'DOWN', MT, process, T, RT} -> io:format("~w~n", [RT]) end,
    %% a linked process sees 'killed', not 'kill'
    L = spawn_link(fun() -> receive never -> ok end end),
    exit(L, kill),
    receive {'EXIT', L, RL} -> io:format("~w~n", [RL]) end,
    %% kill a dead process: no error
    io:format("~w~n", [exit(P, kill)]).
