-module(proc_spawn_basic).
-export([start/0]).
%% spawn/1 with closures; children report back; pids are distinct.

start() ->
    Parent = self(),
    Pid = spawn(fun() -> Parent ! {self(), hello_from_child} end),
    receive {Pid, Msg} -> io:format("~w~n", [Msg]) end,
    io:format("~w~n", [is_pid(Pid)]),
    io:format("~w~n", [Pid =/= self()]),
    Pids = [spawn(fun() -> Parent ! {done, N, N * N} end) || N <- lists:seq(1, 10)],
    Results = [receive {done, N, Sq} -> Sq end || N <- lists:seq(1, 10)],
    io:format("~w~n", [Results]),
    io:format("~w~n", [length(lists:usort(Pids))]),
    X = 41,
    spawn(fun() -> Parent ! {captured, X + 1} end),
    receive {captured, V} -> io:format("~w~n", [V]) end.
