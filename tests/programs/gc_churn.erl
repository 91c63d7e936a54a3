-module(gc_churn).
-export([start/0]).
%% Allocates about 1 GB in total (64-bit words) while keeping about 1 MB live, to prove the
%% collector frees garbage and keeps the heap proportional to live data.

start() ->
    Live = build(65536, []),            % 65,536 cons cells: 1 MB live
    Rounds = 1000,                      % 1000 rounds x 65,536 cells x 16 bytes = 1 GB
    Sum = churn(Rounds, Live, 0),
    io:format("~p ~p~n", [length(Live), Sum]).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

churn(0, _Live, Acc) -> Acc;
churn(N, Live, Acc) ->
    Garbage = build(65536, []),
    churn(N - 1, Live, Acc + hd(Garbage) + hd(Live)).
