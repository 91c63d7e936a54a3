-module(proc_many).
-export([start/0]).
%% 100,000 processes, each sending one message to a collector.

-define(N, 100000).

start() ->
    Self = self(),
    Collector = spawn(fun() -> collect(?N, 0, 0, Self) end),
    spawn_all(?N, Collector),
    receive
        {collected, Count, Sum} -> io:format("~w ~w~n", [Count, Sum])
    end,
    io:format("~w~n", [Sum =:= ?N * (?N + 1) div 2]).

spawn_all(0, _) -> ok;
spawn_all(I, Collector) ->
    spawn(fun() -> Collector ! {n, I} end),
    spawn_all(I - 1, Collector).

collect(0, Count, Sum, Parent) -> Parent ! {collected, Count, Sum};
collect(Left, Count, Sum, Parent) ->
    receive {n, I} -> collect(Left - 1, Count + 1, Sum + I, Parent) end.
