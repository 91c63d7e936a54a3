-module(proc_exit1).
-export([start/0, stop_here/1]).
-compile(nowarn_deprecated_catch). % `catch Expr` is deprecated in OTP 29; tested on purpose
%% exit/1 ends the calling process with the given reason (seen through monitors).

start() ->
    Reasons = [normal, shutdown, {shutdown, x}, my_reason, {tuple, [1, 2]}, 42],
    [io:format("~w~n", [run(R)]) || R <- Reasons],
    %% exit/1 from deep inside a call chain
    io:format("~w~n", [run_fun(fun() -> deep(100) end)]),
    %% code after exit/1 never runs (?MODULE:stop_here/1 hides the exit from the compiler)
    Parent = self(),
    io:format("~w~n", [run_fun(fun() -> ?MODULE:stop_here(early), Parent ! not_reached end)]),
    io:format("~w~n", [receive not_reached -> bad after 20 -> good end]),
    %% an exit caught inside the process does not end it
    io:format("~w~n", [run_fun(fun() -> catch exit(caught), exit(second) end)]).

run(Reason) -> run_fun(fun() -> exit(Reason) end).

run_fun(F) ->
    {Pid, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, Pid, Why} -> Why end.

stop_here(Reason) -> exit(Reason).

deep(0) -> exit(from_depth);
deep(N) -> [deep(N - 1)].
