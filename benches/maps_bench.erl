%% A map of 100,000 integer keys: built by inserting one key at a time, every key looked
%% up, every value updated with `:=`, then folded; map insert, lookup and update.
-module(maps_bench).
-export([start/0]).

-ifdef(SMALL).
-define(KEYS, 10000).
-else.
-define(KEYS, 100000).
-endif.

start() ->
    Keys = keys(?KEYS, 7, []),
    M1 = insert(Keys, #{}),
    Found = lookup(Keys, M1, 0),
    M2 = update(Keys, M1),
    Sum = maps:fold(fun(K, V, Acc) -> (Acc + K * 3 + V) band 16#FFFFFFF end, 0, M2),
    io:format("checksum: ~w ~w ~w~n", [map_size(M2), Found, Sum]).

%% Distinct pseudo-random keys: a full-period LCG modulo 2^20 visits each residue once.
keys(0, _, Acc) -> Acc;
keys(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) band 16#FFFFF,
    keys(N - 1, S1, [S1 | Acc]).

insert([], M) -> M;
insert([K | T], M) -> insert(T, M#{K => K band 16#FFF}).

lookup([], _, Acc) -> Acc;
lookup([K | T], M, Acc) ->
    #{K := V} = M,
    lookup(T, M, (Acc + V) band 16#FFFFFFF).

update([], M) -> M;
update([K | T], M) ->
    V = maps:get(K, M),
    update(T, M#{K := V + 1}).
