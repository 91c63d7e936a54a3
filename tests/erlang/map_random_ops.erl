-module(map_random_ops).
-export([start/0]).
%% Property: 300 random key sets of size 0..1000 (integer, bignum, float, atom-free tuple
%% and binary keys); put/get/find/remove/is_key/update checked against a sorted-list model,
%% sizes and digests printed.

start() ->
    {H, Bad, _} = loop(300, 2718, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, S, H, Bad) -> {H, Bad, S};
loop(N, S, H, Bad) ->
    S1 = rnd(S),
    Size = (S1 bsr 8) rem 1001,
    {Pairs, S2} = pairs(Size, S1, []),
    M = lists:foldl(fun({K, V}, A) -> A#{K => V} end, #{}, Pairs),
    Model = model(Pairs),
    Ok1 = lists:sort(maps:to_list(M)) =:= Model,
    Ok2 = map_size(M) =:= length(Model),
    Ok3 = lists:all(fun({K, V}) -> maps:get(K, M) =:= V andalso maps:find(K, M) =:= {ok, V}
                                       andalso is_map_key(K, M) end, Model),
    {Del, S3} = pick_keys(Model, S2, []),
    M2 = lists:foldl(fun maps:remove/2, M, Del),
    Model2 = [P || {K, _} = P <- Model, not lists:member(K, Del)],
    Ok4 = lists:sort(maps:to_list(M2)) =:= Model2,
    M3 = maps:map(fun(_, V) -> V + 1 end, M2),
    Ok5 = lists:sort(maps:to_list(M3)) =:= [{K, V + 1} || {K, V} <- Model2],
    Ok = Ok1 and Ok2 and Ok3 and Ok4 and Ok5,
    Bad1 = case Ok of true -> Bad; false -> Bad + 1 end,
    H1 = (H * 31 + map_size(M) * 7 + map_size(M2) + lists:sum([V || {_, V} <- Model2])) rem 1000000007,
    case N rem 30 of 0 -> io:format("~w ~w ~w~n", [Size, map_size(M), map_size(M2)]); _ -> ok end,
    loop(N - 1, S3, H1, Bad1).

model(Pairs) ->
    %% last write wins: keep the last value of each key
    D = lists:foldl(fun({K, V}, Acc) -> lists:keystore(K, 1, Acc, {K, V}) end, [], Pairs),
    lists:sort(D).

pick_keys([], S, Acc) -> {Acc, S};
pick_keys([{K, _} | T], S, Acc) ->
    S1 = rnd(S),
    case (S1 bsr 12) rem 3 of 0 -> pick_keys(T, S1, [K | Acc]); _ -> pick_keys(T, S1, Acc) end.

pairs(0, S, Acc) -> {Acc, S};
pairs(N, S, Acc) ->
    S1 = rnd(S), S2 = rnd(S1),
    R = (S1 bsr 8) rem 1500,
    K = case (S2 bsr 8) rem 5 of
            0 -> R;
            1 -> R + (1 bsl 70);
            2 -> R / 4;
            3 -> {R rem 7, R};
            4 -> <<R:16>>
        end,
    pairs(N - 1, S2, [{K, (S2 bsr 4) rem 1000} | Acc]).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
