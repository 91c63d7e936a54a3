-module(proc_spawn_mfa).
-export([start/0, worker/2, echo/0]).
%% spawn/3 with an exported function and argument list.

worker(Parent, N) -> Parent ! {result, N * 2}.

echo() ->
    receive
        {From, Msg} -> From ! {echoed, Msg}, echo();
        stop -> ok
    end.

start() ->
    spawn(?MODULE, worker, [self(), 21]),
    receive {result, R} -> io:format("~w~n", [R]) end,
    E = spawn(?MODULE, echo, []),
    E ! {self(), one},
    E ! {self(), two},
    receive {echoed, A} -> io:format("~w~n", [A]) end,
    receive {echoed, B} -> io:format("~w~n", [B]) end,
    E ! stop,
    Ref = monitor(process, E),
    receive {'DOWN', Ref, process, E, Why} -> io:format("~w~n", [Why]) end,
    P = spawn(lists, reverse, [[1, 2, 3]]),
    io:format("~w~n", [is_pid(P)]).
