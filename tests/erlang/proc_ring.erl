-module(proc_ring).
-export([start/0]).
%% A ring of 1000 processes passing a token around 1000 times (1,000,000 messages).

-define(N, 1000).
-define(ROUNDS, 1000).

start() ->
    Self = self(),
    First = spawn(fun() -> first(Self) end),
    First ! {token, 0},
    receive {done, Count} -> io:format("~w~n", [Count]) end,
    receive {ring_size, S} -> io:format("~w~n", [S]) end.

%% The first process builds the ring, then counts completed rounds.
first(Parent) ->
    Next = build(?N - 1, self()),
    Parent ! {ring_size, ?N},
    first_loop(Parent, Next, 0).

first_loop(Parent, Next, Rounds) ->
    receive
        {token, Hops} when Rounds + 1 =:= ?ROUNDS ->
            Next ! stop,
            Parent ! {done, Hops + 1};
        {token, Hops} ->
            Next ! {token, Hops + 1},
            first_loop(Parent, Next, Rounds + 1)
    end.

%% build(K, Last): spawn K processes, each forwarding to the next; the last forwards to Last.
build(0, Last) -> Last;
build(K, Last) ->
    Next = build(K - 1, Last),
    spawn(fun() -> relay(Next) end).

relay(Next) ->
    receive
        {token, Hops} -> Next ! {token, Hops + 1}, relay(Next);
        stop -> Next ! stop
    end.
