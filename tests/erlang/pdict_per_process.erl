-module(pdict_per_process).
-export([start/0]).
%% Each process has its own dictionary; a child does not see the parent's entries.

start() ->
    put(owner, parent),
    Parent = self(),
    Pid = spawn(fun() ->
        Before = get(owner),
        put(owner, child),
        Parent ! {self(), Before, get(owner)}
    end),
    receive {Pid, Before, After} -> io:format("~w ~w~n", [Before, After]) end,
    io:format("~w~n", [get(owner)]),
    Pid2 = spawn(fun() -> Parent ! {self(), get()} end),
    receive {Pid2, D} -> io:format("~w~n", [D]) end.
