-module(proc_monitor_noproc).
-export([start/0]).
%% Monitoring a dead process or an unregistered name gives an immediate 'DOWN' with noproc.

start() ->
    Dead = spawn(fun() -> ok end),
    M0 = monitor(process, Dead),
    receive {'DOWN', M0, process, Dead, normal} -> ok end,
    M1 = monitor(process, Dead),
    receive {'DOWN', M1, process, Dead, R1} -> io:format("~w~n", [R1]) end,
    M2 = monitor(process, no_such_registered_name),
    receive {'DOWN', M2, process, Obj, R2} -> io:format("~w ~w~n", [Obj, R2]) end,
    register(temp_name, spawn(fun() -> receive stop -> exit(bye) end end)),
    M3 = monitor(process, temp_name),
    temp_name ! stop,
    receive {'DOWN', M3, process, Obj3, R3} -> io:format("~w ~w~n", [Obj3, R3]) end.
