-module(processes).
-export([start/0]).

%% Processes, messages and timers on a board: a pool of workers, a ring of processes passing
%% a token, timers and a receive with a timeout, a monitor seeing a crash.
start() ->
    Self = self(),
    Workers = [spawn(fun() -> worker(Self, N) end) || N <- lists:seq(1, 8)],
    Squares = [receive {Pid, Sq} -> Sq end || Pid <- Workers],
    io:format("squares: ~p~n", [Squares]),
    io:format("ring of 100: token back after ~p hops~n", [ring(100, 10)]),
    erlang:send_after(30, self(), third),
    erlang:send_after(10, self(), first),
    erlang:send_after(20, self(), second),
    Timed = [receive T -> T end || _ <- [1, 2, 3]],
    io:format("timers: ~p~n", [Timed]),
    Waited = receive never -> never after 50 -> timeout end,
    io:format("receive after 50: ~p~n", [Waited]),
    {Pid, Ref} = spawn_monitor(fun() -> exit(crashed_on_purpose) end),
    receive {'DOWN', Ref, process, Pid, Reason} -> io:format("monitor: ~p~n", [Reason]) end,
    ok.

worker(Parent, N) ->
    Parent ! {self(), N * N}.

%% A ring of N processes; the token goes round Laps times, counting hops.
ring(N, Laps) ->
    First = self(),
    Next = lists:foldl(fun(_, To) -> spawn(fun() -> relay(To) end) end, First, lists:seq(1, N)),
    Next ! {token, 0},
    lap(Next, Laps).

lap(Next, 1) ->
    receive {token, Hops} -> Next ! stop, receive stop -> Hops end end;
lap(Next, Laps) ->
    receive {token, Hops} -> Next ! {token, Hops}, lap(Next, Laps - 1) end.

relay(To) ->
    receive
        {token, Hops} -> To ! {token, Hops + 1}, relay(To);
        stop -> To ! stop
    end.
