-module(proc_send_to_dead).
-export([start/0]).
%% Sending to a dead pid silently succeeds; sending to an unknown name fails with badarg.

start() ->
    P = spawn(fun() -> ok end),
    M = monitor(process, P),
    receive {'DOWN', M, process, P, _} -> ok end,
    io:format("~w~n", [P ! hello]),
    io:format("~w~n", [erlang:send(P, again)]),
    io:format("~w~n", [try unknown_name_zz ! hi catch error:E -> E end]),
    io:format("~w~n", [try erlang:send(unknown_name_zz, hi) catch error:E2 -> E2 end]),
    io:format("~w~n", [try erlang:send(42, hi) catch error:E3 -> E3 end]),
    io:format("~w~n", [receive _ -> unexpected after 10 -> empty end]).
