-module(spawn_100k).
-export([start/0]).
%% 100,000 processes, each sends one message to a collector and exits.

start() ->
    Self = self(),
    N = 100000,
    spawn_all(N, Self),
    Sum = collect(N, 0),
    io:format("~p ~p~n", [N, Sum]).

spawn_all(0, _) -> ok;
spawn_all(N, Parent) ->
    spawn(fun() -> Parent ! {done, N} end),
    spawn_all(N - 1, Parent).

collect(0, Acc) -> Acc;
collect(N, Acc) ->
    receive {done, I} -> collect(N - 1, Acc + I) end.
