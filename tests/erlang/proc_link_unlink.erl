-module(proc_link_unlink).
-export([start/0]).
%% link/1 and unlink/1: after unlink no exit signal arrives; link to a dead process.

start() ->
    process_flag(trap_exit, true),
    P = spawn(fun() -> receive go -> exit(after_unlink) end end),
    true = link(P),
    true = unlink(P),
    Ref = monitor(process, P),
    P ! go,
    receive {'DOWN', Ref, process, P, R} -> io:format("down ~w~n", [R]) end,
    io:format("~w~n", [receive {'EXIT', P, _} -> got_exit after 50 -> no_exit end]),
    Q = spawn(fun() -> receive go -> exit(linked_reason) end end),
    link(Q),
    Q ! go,
    receive {'EXIT', Q, R2} -> io:format("exit ~w~n", [R2]) end,
    %% linking to an already dead process gives {'EXIT', Pid, noproc} when trapping
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead),
    receive {'DOWN', M, process, Dead, _} -> ok end,
    link(Dead),
    receive {'EXIT', Dead, R3} -> io:format("dead ~w~n", [R3]) end,
    io:format("~w~n", [unlink(Dead)]),
    io:format("~w~n", [link(self())]).
