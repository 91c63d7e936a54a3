%% Memory of idle processes: spawns 10,000 processes that each block in `receive`, waits
%% until all are blocked, then wakes them one by one. The runner's peak-RSS column is the
%% measure; lines starting with "#" (not part of the checksum) add what the VM reports.
-module(idle_mem).
-export([start/0]).

-ifdef(SMALL).
-define(PROCS, 1000).
-else.
-define(PROCS, 10000).
-endif.

start() ->
    Self = self(),
    Pids = [spawn(fun() -> idle(Self, I) end) || I <- lists:seq(1, ?PROCS)],
    ok = wait_ready(?PROCS),
    report(),
    [P ! {wake, 2} || P <- Pids],
    Sum = collect(?PROCS, 0),
    io:format("checksum: ~w ~w~n", [length(Pids), Sum]).

idle(Parent, I) ->
    Parent ! ready,
    receive {wake, K} -> Parent ! {done, I * K} end.

wait_ready(0) -> ok;
wait_ready(N) -> receive ready -> wait_ready(N - 1) end.

collect(0, Sum) -> Sum;
collect(N, Sum) -> receive {done, V} -> collect(N - 1, Sum + V) end.

%% erlang:memory/1 is OTP's; a VM without it reports nothing here.
report() ->
    try erlang:memory(total) of
        Total -> io:format("# erlang:memory(total) = ~w bytes; processes = ~w bytes~n",
                           [Total, erlang:memory(processes)])
    catch
        error:undef -> ok
    end.
