-module(proc_spawn_link).
-export([start/0]).
%% spawn_link/1: a linked child's abnormal exit reaches a trapping parent as {'EXIT', Pid, Reason}.

start() ->
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> ok end),
    receive {'EXIT', P1, R1} -> io:format("~w~n", [R1]) end,
    P2 = spawn_link(fun() -> exit(crashed) end),
    receive {'EXIT', P2, R2} -> io:format("~w~n", [R2]) end,
    P3 = spawn_link(fun() -> exit({shutdown, details}) end),
    receive {'EXIT', P3, R3} -> io:format("~w~n", [R3]) end,
    %% a waiting child is killed when the (non-trapping) process it is linked to dies
    Parent = self(),
    Helper = spawn(fun() ->
        W = spawn_link(fun() -> receive never -> ok end end),
        Parent ! {worker, W},
        receive die -> exit(helper_died) end
    end),
    W = receive {worker, Pid} -> Pid end,
    Ref = monitor(process, W),
    Helper ! die,
    receive {'DOWN', Ref, process, W, R4} -> io:format("~w~n", [R4]) end,
    io:format("~w~n", [is_process_alive(Helper)]).
