-module(proc_monitor_demonitor).
-export([start/0]).
%% monitor/2, demonitor/1, demonitor/2 with [flush] and [info]; multiple monitors.

start() ->
    P = spawn(fun() -> receive stop -> exit(stopped) end end),
    M1 = monitor(process, P),
    M2 = monitor(process, P),
    io:format("~w~n", [M1 =/= M2]),
    io:format("~w~n", [demonitor(M1)]),
    P ! stop,
    receive {'DOWN', M2, process, P, R} -> io:format("m2 ~w~n", [R]) end,
    io:format("~w~n", [receive {'DOWN', M1, _, _, _} -> m1_fired after 30 -> m1_silent end]),
    %% DOWN already in the mailbox: demonitor with flush removes it
    Q = spawn(fun() -> ok end),
    M3 = monitor(process, Q),
    receive after 30 -> ok end,
    io:format("~w~n", [demonitor(M3, [flush])]),
    io:format("~w~n", [receive {'DOWN', M3, _, _, _} -> still_there after 0 -> flushed end]),
    %% info: false when the monitor already fired
    S = spawn(fun() -> ok end),
    M4 = monitor(process, S),
    receive {'DOWN', M4, _, _, _} -> ok end,
    io:format("~w~n", [demonitor(M4, [info])]),
    L = spawn(fun() -> receive stop -> ok end end),
    M5 = monitor(process, L),
    io:format("~w~n", [demonitor(M5, [info])]),
    L ! stop,
    io:format("~w~n", [demonitor(make_ref())]).
