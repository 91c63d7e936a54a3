-module(proc_spawn_opt).
-export([start/0, child/1]).
%% spawn_opt/2,4 with link and monitor options.

child(Reason) -> exit(Reason).

start() ->
    process_flag(trap_exit, true),
    P1 = spawn_opt(fun() -> exit(linked_exit) end, [link]),
    receive {'EXIT', P1, R1} -> io:format("~w~n", [R1]) end,
    {P2, M2} = spawn_opt(fun() -> exit(monitored_exit) end, [monitor]),
    receive {'DOWN', M2, process, P2, R2} -> io:format("~w~n", [R2]) end,
    {P3, M3} = spawn_opt(?MODULE, child, [both], [link, monitor]),
    receive {'DOWN', M3, process, P3, R3} -> io:format("down ~w~n", [R3]) end,
    receive {'EXIT', P3, R3b} -> io:format("exit ~w~n", [R3b]) end,
    P4 = spawn_opt(fun() -> ok end, []),
    io:format("~w~n", [is_pid(P4)]),
    P5 = spawn_opt(fun() -> exit(big_heap) end, [link, {min_heap_size, 1000}]),
    receive {'EXIT', P5, R5} -> io:format("~w~n", [R5]) end.
