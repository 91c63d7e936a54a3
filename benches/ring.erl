%% A ring of 1,000 processes passing a token 1,000,000 times in all (1,000 laps):
%% message send, receive and process switching.
-module(ring).
-export([start/0]).

-define(PROCS, 1000).
-ifdef(SMALL).
-define(HOPS, 100000).
-else.
-define(HOPS, 1000000).
-endif.

start() ->
    Self = self(),
    First = spawn(fun() -> first(Self) end),
    Last = make_ring(?PROCS - 1, First),
    First ! {next, Last},
    First ! {token, 0, 0},
    receive
        {done, Hops, Sum} ->
            First ! stop,
            receive stopped -> ok end,
            io:format("checksum: ~w ~w~n", [Hops, Sum])
    end.

%% Spawns N processes, each knowing the next one; the first spawned points at First, so
%% the token travels First -> ... in the reverse order of spawning and back to First.
make_ring(0, Next) -> Next;
make_ring(N, Next) ->
    make_ring(N - 1, spawn(fun() -> node_loop(Next) end)).

first(Parent) ->
    receive {next, Next} -> first_loop(Parent, Next) end.

first_loop(Parent, Next) ->
    receive
        {token, ?HOPS, Sum} ->
            Parent ! {done, ?HOPS, Sum},
            first_loop(Parent, Next);
        {token, Hops, Sum} ->
            Next ! {token, Hops + 1, (Sum + Hops) band 16#FFFFFFF},
            first_loop(Parent, Next);
        stop ->
            Next ! stop,
            receive stop -> Parent ! stopped end
    end.

node_loop(Next) ->
    receive
        {token, Hops, Sum} ->
            Next ! {token, Hops + 1, (Sum + Hops) band 16#FFFFFFF},
            node_loop(Next);
        stop ->
            Next ! stop
    end.
