-module(map_update_random).
-export([start/0]).
%% Property: M#{K := V} on existing keys of random maps (0..1000 keys) keeps the size and
%% sets the value; on a missing key it raises {badkey, K}; sums of values checked.

start() ->
    {H, Bad} = loop(150, 4, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    S1 = rnd(S),
    Size = (S1 bsr 8) rem 1001,
    M = maps:from_list([{K * 2, K} || K <- lists:seq(1, Size)]),
    Ks = [K * 2 || K <- lists:seq(1, Size), (K * S1) rem 3 =:= 0],
    M2 = lists:foldl(fun(K, A) -> A#{K := -1} end, M, Ks),
    Miss = try M2#{1 := x} catch error:{badkey, 1} -> badkey end,
    Ok = map_size(M2) =:= Size andalso Miss =:= badkey andalso
        lists:sum(maps:values(M2)) =:= lists:sum(maps:values(M)) - lists:sum([K div 2 + 1 || K <- Ks]),
    loop(N - 1, S1, (H * 31 + lists:sum(maps:values(M2))) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
