-module(guard_types_pid_ref_port).
-export([start/0]).
%% is_pid / is_reference / is_port: pids, refs, and (where available) ports.

start() ->
    Ref = make_ref(),
    Pid = self(),
    Child = spawn(fun() -> ok end),
    Terms = [Pid, Child, Ref, make_ref(), 1, a, {Pid}, [Ref], "pid"],
    [io:format("~w ~w ~w~n", [is_pid(T), is_reference(T), is_port(T)]) || T <- Terms],
    io:format("~w~n", [[g(T) || T <- Terms]]),
    %% erlang:ports() gives real ports on OTP; only test the type of whatever is there
    io:format("~w~n", [lists:all(fun erlang:is_port/1, erlang:ports())]).

g(T) when is_pid(T) -> pid;
g(T) when is_reference(T) -> ref;
g(T) when is_port(T) -> port;
g(_) -> other.
