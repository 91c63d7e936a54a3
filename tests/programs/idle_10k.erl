-module(idle_10k).
-export([start/0]).
%% 10,000 processes blocked in receive; reports how many exist, then stops them.

start() ->
    N = 10000,
    Pids = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, N)],
    erlang:display(erlang:system_info(process_count)),
    mark(),
    [P ! stop || P <- Pids],
    ok.

%% A hook for measuring: a message the VM's stats can observe.
mark() -> ok.
