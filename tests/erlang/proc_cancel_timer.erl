-module(proc_cancel_timer).
-export([start/0]).
%% erlang:cancel_timer/1: returns remaining time (an integer) or false; cancelled timers never fire.

start() ->
    T = erlang:send_after(10000, self(), never_arrives),
    Left = erlang:cancel_timer(T),
    io:format("~w~n", [is_integer(Left) andalso Left > 0 andalso Left =< 10000]),
    io:format("~w~n", [erlang:cancel_timer(T)]),
    S = erlang:start_timer(10000, self(), nope),
    io:format("~w~n", [is_integer(erlang:cancel_timer(S))]),
    F = erlang:send_after(5, self(), fired),
    receive fired -> ok end,
    io:format("~w~n", [erlang:cancel_timer(F)]),
    io:format("~w~n", [erlang:cancel_timer(make_ref())]),
    io:format("~w~n", [receive never_arrives -> bad; {timeout, _, nope} -> bad after 50 -> quiet end]),
    io:format("~w~n", [erlang:read_timer(erlang:send_after(10000, self(), x)) > 0]).
