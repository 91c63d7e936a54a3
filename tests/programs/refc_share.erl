%% A 1 MB binary sent to 1,000 processes exists once: erlang:memory(binary) grows by the
%% binary's size, not 1,000 times it; and it is freed when the last holder drops it.
%% Prints: Before WithHolders AfterHoldersExit AfterDrop (bytes of off-heap binaries).
-module(refc_share).
-export([start/0]).

start() ->
    M0 = erlang:memory(binary),
    M1 = hold(),
    erlang:garbage_collect(),
    M3 = erlang:memory(binary),
    io:format("~p ~p ~p~n", [M0, M1, M3]).

hold() ->
    B = binary:copy(<<"0123456789abcdef">>, 65536),
    Self = self(),
    Pids = [spawn(fun() -> holder(Self) end) || _ <- lists:seq(1, 1000)],
    [P ! {bin, B} || P <- Pids],
    [receive {held, P, 1048576} -> ok end || P <- Pids],
    M1 = erlang:memory(binary),
    [begin erlang:monitor(process, P), P ! stop end || P <- Pids],
    [receive {'DOWN', _, process, P, normal} -> ok end || P <- Pids],
    M2 = erlang:memory(binary),
    %% Still held here (B is live until the function returns).
    io:format("~p ~p~n", [byte_size(B), M2 - M1]),
    M1.

holder(Parent) ->
    receive
        {bin, B} ->
            Parent ! {held, self(), byte_size(B)},
            receive stop -> ok end
    end.
