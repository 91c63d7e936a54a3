-module(ets_ordered).
-export([start/0]).
%% ordered_set tables: key order, first/next/last/prev, named tables, 1 == 1.0 as keys.
start() ->
    o = ets:new(o, [ordered_set, named_table]),
    [ets:insert(o, {I, I * I}) || I <- [5, 3, 9, 1, 7]],
    io:format("~p ~p ~p ~p ~p~n", [ets:first(o), ets:next(o, 3), ets:last(o), ets:prev(o, 1), ets:next(o, 4)]),
    io:format("~p~n", [ets:tab2list(o)]),
    ets:insert(o, {1.0, float}),
    io:format("~p ~p~n", [ets:lookup(o, 1), ets:info(o, size)]),
    ets:insert(o, [{b, x}, {"str", y}, {{t}, z}, {a, w}]),
    io:format("~p~n", [[K || {K, _} <- ets:tab2list(o)]]),
    io:format("~p~n", [walk(o, ets:first(o))]),
    io:format("~p ~p~n", [ets:whereis(o) =/= undefined, ets:whereis(nope)]),
    io:format("~p~n", [try ets:new(o, [named_table]) catch C:R -> {C, R} end]),
    io:format("~p~n", [ets:info(o, named_table)]),
    ets:delete(o),
    io:format("~p~n", [ets:whereis(o)]).
walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].
