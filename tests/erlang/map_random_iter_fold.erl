-module(map_random_iter_fold).
-export([start/0]).
%% Property: maps:iterator/next, maps:fold, maps:keys/values/to_list on 200 random maps of
%% size 0..1000 visit every pair once and agree with each other (compared sorted: for
%% large maps the iterator's order differs from to_list's on OTP 25/27); sums printed.

start() ->
    {H, Bad} = loop(200, 8, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    S1 = rnd(S),
    Size = (S1 bsr 8) rem 1001,
    {M, S2} = gen(Size, S1, #{}),
    L = maps:to_list(M),
    SL = lists:sort(L),
    Ok1 = lists:sort([K || {K, _} <- L]) =:= lists:sort(maps:keys(M)),
    Ok2 = lists:sort([V || {_, V} <- L]) =:= lists:sort(maps:values(M)),
    Ok3 = lists:sort(maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], M)) =:= SL,
    Ok4 = lists:sort(iter(maps:next(maps:iterator(M)))) =:= SL,
    Ok5 = lists:sort(L) =:= lists:ukeysort(1, L),
    Sum = maps:fold(fun(K, V, A) -> A + K * V end, 0, M),
    Ok = Ok1 and Ok2 and Ok3 and Ok4 and Ok5,
    loop(N - 1, S2, (H * 31 + Sum) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

iter(none) -> [];
iter({K, V, I}) -> [{K, V} | iter(maps:next(I))].

gen(0, S, M) -> {M, S};
gen(N, S, M) ->
    S1 = rnd(S),
    K = case (S1 bsr 20) band 1 of 0 -> (S1 bsr 8) rem 5000; 1 -> {k, (S1 bsr 8) rem 5000} end,
    V = (S1 bsr 4) rem 100,
    gen(N - 1, S1, M#{key(K) => V}).
key({k, K}) -> K * 3 + 1 bsl 62;
key(K) -> K.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
