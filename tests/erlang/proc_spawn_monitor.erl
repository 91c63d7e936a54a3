-module(proc_spawn_monitor).
-export([start/0]).
%% spawn_monitor/1 and /3: {Pid, Ref}, and the 'DOWN' message with the exit reason.

start() ->
    {P1, R1} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R1, process, P1, Why1} -> io:format("~w~n", [Why1]) end,
    {P2, R2} = spawn_monitor(fun() -> exit(oops) end),
    receive {'DOWN', R2, process, P2, Why2} -> io:format("~w~n", [Why2]) end,
    {P3, R3} = spawn_monitor(fun() -> throw_it() end),
    receive {'DOWN', R3, process, P3, Why3} -> io:format("~w~n", [Why3]) end,
    {P4, R4} = spawn_monitor(lists, seq, [1, 3]),
    receive {'DOWN', R4, process, P4, Why4} -> io:format("~w~n", [Why4]) end,
    io:format("~w~n", [is_reference(R1) andalso is_pid(P1)]),
    %% monitoring does not link: our process is unaffected
    io:format("still alive~n").

throw_it() -> exit({thrown_like, 1}).
