-module(proc_send_after).
-export([start/0]).
%% erlang:send_after/3: delivery to a pid and to a registered name, ordering of timers.

start() ->
    T1 = erlang:send_after(30, self(), second),
    T2 = erlang:send_after(10, self(), first),
    io:format("~w ~w~n", [is_reference(T1), is_reference(T2)]),
    A = receive M1 -> M1 end,
    B = receive M2 -> M2 end,
    io:format("~w ~w~n", [A, B]),
    register(named_target, self()),
    erlang:send_after(5, named_target, by_name),
    receive by_name -> io:format("by_name~n") end,
    unregister(named_target),
    erlang:send_after(0, self(), zero_delay),
    receive zero_delay -> io:format("zero_delay~n") end,
    %% the message does not arrive before its time
    erlang:send_after(200, self(), later),
    io:format("~w~n", [receive later -> too_early after 20 -> not_yet end]),
    receive later -> io:format("later~n") end,
    [erlang:send_after(D, self(), {n, D}) || D <- [40, 10, 30, 20]],
    io:format("~w~n", [[receive {n, X} -> X end || _ <- [1, 2, 3, 4]]]).
