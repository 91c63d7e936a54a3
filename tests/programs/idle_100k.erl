-module(idle_100k).
-export([start/0]).
%% Spawns N processes blocked in receive without keeping a list of them (so the spawner's
%% own heap stays small), then prints erlang:memory(processes) per process.
start() ->
    N = 100000,
    spawn_n(N),
    P = erlang:memory(processes),
    io:format("~p processes, ~p bytes of process memory, ~p per process~n",
              [erlang:system_info(process_count), P, P div erlang:system_info(process_count)]),
    erlang:halt(0).
spawn_n(0) -> ok;
spawn_n(N) -> spawn(fun() -> receive stop -> ok end end), spawn_n(N - 1).
