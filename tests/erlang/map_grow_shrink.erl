-module(map_grow_shrink).
-export([start/0]).
%% A map grown one key at a time to 5,000 keys and shrunk back to empty, crossing the
%% small/large boundary (32/33 keys) many times; size, lookups and equality with maps
%% built other ways checked along the way.

start() ->
    Keys = shuffle(lists:seq(1, 5000), 99),
    {Full, Log} = grow(Keys, #{}, []),
    io:format("~w~n", [lists:reverse(Log)]),
    io:format("~w~n", [Full =:= maps:from_list([{K, K * 3} || K <- lists:seq(1, 5000)])]),
    Empty = shrink(Keys, Full, 0),
    io:format("~w~n", [Empty]),
    Osc = osc(200, #{}),
    io:format("~w~n", [lists:sort(maps:to_list(Osc))]).

grow([], M, Log) -> {M, Log};
grow([K | T], M, Log) ->
    M1 = M#{K => K * 3},
    S = map_size(M1),
    Log1 = case S rem 500 =:= 0 orelse S =:= 32 orelse S =:= 33 of
               true -> [{S, maps:get(K, M1), maps:is_key(K + 1, M1)} | Log];
               false -> Log
           end,
    grow(T, M1, Log1).

shrink([], M, _) -> M;
shrink([K | T], M, N) ->
    M1 = maps:remove(K, M),
    case map_size(M1) of
        S when S =:= 32; S =:= 33; S rem 1000 =:= 0 -> io:format("~w ~w~n", [S, maps:find(K, M1)]);
        _ -> ok
    end,
    shrink(T, M1, N + 1).

osc(0, M) -> M;
osc(N, M) ->
    M1 = maps:from_list([{I, N} || I <- lists:seq(1, 20 + N rem 30)]),
    osc(N - 1, maps:merge(maps:without(lists:seq(10, 40), M), M1)).

shuffle(L, S) ->
    {_, R} = lists:foldl(fun(X, {S0, Acc}) -> S1 = (S0 * 1664525 + 1013904223) band 16#FFFFFFFF,
                                              {S1, [{S1, X} | Acc]} end, {S, []}, L),
    [X || {_, X} <- lists:sort(R)].
