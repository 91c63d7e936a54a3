-module(map_kv_random).
-export([start/0]).
%% Property: for 200 random maps of 0..1000 keys, maps:keys/values/to_list agree pairwise
%% (same order from one map), values sum and key sum match a list model, and
%% maps:with(keys) returns the same map.

start() ->
    {H, Bad} = loop(200, 10, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    S1 = rnd(S),
    Size = (S1 bsr 8) rem 1001,
    L = lists:ukeysort(1, [{(I * S1) rem 7919, I} || I <- lists:seq(1, Size)]),
    M = maps:from_list(L),
    Ok = lists:zip(maps:keys(M), maps:values(M)) =:= maps:to_list(M) andalso
        lists:sum(maps:values(M)) =:= lists:sum([V || {_, V} <- L]) andalso
        maps:with(maps:keys(M), M) =:= M andalso lists:sort(maps:to_list(M)) =:= L,
    loop(N - 1, S1, (H * 31 + lists:sum(maps:keys(M))) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
