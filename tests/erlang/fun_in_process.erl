-module(fun_in_process).
-export([start/0]).
%% Closures sent between processes and executed there; funs capturing pids.

start() ->
    Parent = self(),
    Exec = spawn(fun() -> exec_loop() end),
    K = 10,
    Exec ! {run, fun() -> K * 5 end, Parent},
    receive {result, R1} -> io:format("~w~n", [R1]) end,
    Exec ! {run, fun() -> lists:map(fun(X) -> X + K end, [1, 2, 3]) end, Parent},
    receive {result, R2} -> io:format("~w~n", [R2]) end,
    Reply = fun(Msg) -> Parent ! {via_fun, Msg} end,
    Exec ! {run, fun() -> Reply(hello), sent end, Parent},
    receive {via_fun, M} -> io:format("~w~n", [M]) end,
    receive {result, R3} -> io:format("~w~n", [R3]) end,
    Exec ! {run, fun() -> self() =/= Parent end, Parent},
    receive {result, R4} -> io:format("~w~n", [R4]) end,
    Exec ! stop.

exec_loop() ->
    receive
        {run, F, From} -> From ! {result, F()}, exec_loop();
        stop -> ok
    end.
