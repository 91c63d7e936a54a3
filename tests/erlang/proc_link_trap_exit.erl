-module(proc_link_trap_exit).
-export([start/0]).
%% trap_exit turns exit signals into {'EXIT', Pid, Reason} messages; without it the process dies.

%% Runs in a fresh process: the process that calls start/0 may already trap exits.
start() ->
    {Pid, Ref} = spawn_monitor(fun body/0),
    receive {'DOWN', Ref, process, Pid, Why} -> io:format("body ~w~n", [Why]) end.

body() ->
    io:format("~w~n", [process_flag(trap_exit, true)]),
    io:format("~w~n", [process_flag(trap_exit, true)]),
    P = spawn_link(fun() -> exit(reason1) end),
    receive {'EXIT', P, R} -> io:format("trapped ~w~n", [R]) end,
    %% a non-trapping middle process dies with the same reason
    Parent = self(),
    Middle = spawn(fun() ->
        spawn_link(fun() -> exit(chain_reason) end),
        receive never -> ok end
    end),
    MRef = monitor(process, Middle),
    receive {'DOWN', MRef, process, Middle, R2} -> io:format("middle died ~w~n", [R2]) end,
    %% a non-trapping process ignores 'normal' exits of linked processes
    Survivor = spawn(fun() ->
        spawn_link(fun() -> ok end),
        receive after 30 -> Parent ! survived end
    end),
    SRef = monitor(process, Survivor),
    receive survived -> io:format("survived~n") end,
    receive {'DOWN', SRef, process, Survivor, R3} -> io:format("~w~n", [R3]) end,
    io:format("~w~n", [process_flag(trap_exit, false)]).
