-module(proc_exit2_normal).
-export([start/0]).
%% exit(Pid, normal) is ignored by non-trapping processes and delivered as a message to trapping ones.

start() ->
    Parent = self(),
    P = spawn(fun() -> receive ping -> Parent ! pong end end),
    exit(P, normal),
    P ! ping,
    io:format("~w~n", [receive pong -> survived_normal after 1000 -> died end]),
    T = spawn(fun() ->
        process_flag(trap_exit, true),
        Parent ! ready,
        receive {'EXIT', From, normal} -> Parent ! {trapped, From =:= Parent} end
    end),
    receive ready -> ok end,
    exit(T, normal),
    receive {trapped, FromParent} -> io:format("trapped normal, from parent: ~w~n", [FromParent]) end,
    %% exit(self(), normal) in a non-trapping process does nothing
    {S, M} = spawn_monitor(fun() -> exit(self(), normal), exit(went_on) end),
    receive {'DOWN', M, process, S, R} -> io:format("~w~n", [R]) end.
