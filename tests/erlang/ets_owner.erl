-module(ets_owner).
-export([start/0]).
%% Tables die with their owner; protected and private tables refuse other processes.
try_in(Fun) ->
    Self = self(),
    spawn(fun() -> Self ! {r, try Fun() catch C:R -> {C, R} end} end),
    receive {r, X} -> X end.
start() ->
    Self = self(),
    P = spawn(fun() -> ets:new(owned, [named_table, public]), Self ! made, receive stop -> ok end end),
    receive made -> ok end,
    io:format("~p~n", [ets:info(owned, size)]),
    ets:insert(owned, {k, v}),
    io:format("~p~n", [ets:lookup(owned, k)]),
    erlang:monitor(process, P),
    P ! stop,
    receive {'DOWN', _, _, P, _} -> ok end,
    io:format("~p~n", [ets:info(owned)]),
    Prot = ets:new(prot, [protected]),
    ets:insert(Prot, {a, 1}),
    io:format("~p~n", [try_in(fun() -> ets:lookup(Prot, a) end)]),
    io:format("~p~n", [try_in(fun() -> ets:insert(Prot, {b, 2}) end)]),
    Priv = ets:new(priv, [private]),
    io:format("~p~n", [try_in(fun() -> ets:lookup(Priv, a) end)]),
    Pub = ets:new(pub, [public]),
    io:format("~p~n", [try_in(fun() -> ets:insert(Pub, {c, 3}) end)]),
    io:format("~p ~p~n", [ets:lookup(Pub, c), ets:info(Pub, owner) =:= self()]).
