-module(proc_is_alive).
-export([start/0]).
%% is_process_alive/1 before and after a process ends.

start() ->
    io:format("~w~n", [is_process_alive(self())]),
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("~w~n", [is_process_alive(P)]),
    M = monitor(process, P),
    P ! stop,
    receive {'DOWN', M, process, P, _} -> ok end,
    io:format("~w~n", [is_process_alive(P)]),
    K = spawn(fun() -> receive never -> ok end end),
    exit(K, kill),
    MK = monitor(process, K),
    receive {'DOWN', MK, process, K, _} -> ok end,
    io:format("~w~n", [is_process_alive(K)]),
    io:format("~w~n", [try is_process_alive(not_a_pid) catch error:E -> E end]).
