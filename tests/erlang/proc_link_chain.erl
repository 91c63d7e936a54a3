-module(proc_link_chain).
-export([start/0]).
%% An exit propagates along a chain of 10 linked processes; a trapping end receives it.

start() ->
    process_flag(trap_exit, true),
    Parent = self(),
    First = spawn_link(fun() -> chain(10, Parent) end),
    Last = receive {last, L} -> L end,
    Last ! die,
    receive {'EXIT', First, Reason} -> io:format("~w~n", [Reason]) end,
    io:format("~w~n", [is_process_alive(Last)]).

chain(0, Parent) ->
    Parent ! {last, self()},
    receive die -> exit(chain_broken) end;
chain(N, Parent) ->
    spawn_link(fun() -> chain(N - 1, Parent) end),
    receive never -> ok end.
