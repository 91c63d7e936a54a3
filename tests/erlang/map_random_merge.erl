-module(map_random_merge).
-export([start/0]).
%% Property: maps:merge of 200 random pairs of maps (sizes 0..600, overlapping integer
%% keys): the second map wins, sizes and contents checked against a list model; also
%% maps:merge_with, maps:with/without, maps:filter on the same maps.

start() ->
    {H, Bad} = loop(200, 161, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {A, S1} = gen(S),
    {B, S2} = gen(S1),
    M = maps:merge(A, B),
    Exp = lists:ukeysort(1, maps:to_list(B) ++ maps:to_list(A)),
    Ok1 = lists:sort(maps:to_list(M)) =:= Exp,
    W = maps:merge_with(fun(_, X, Y) -> X - Y end, A, B),
    Ok2 = lists:all(fun({K, V}) -> case {maps:find(K, A), maps:find(K, B)} of
                                       {{ok, X}, {ok, Y}} -> V =:= X - Y;
                                       {{ok, X}, error} -> V =:= X;
                                       {error, {ok, Y}} -> V =:= Y
                                   end end, maps:to_list(W)),
    Ks = [K || K <- maps:keys(A), K rem 2 =:= 0],
    Ok3 = lists:sort(maps:keys(maps:with(Ks, A))) =:= lists:sort(Ks),
    Ok4 = map_size(maps:without(Ks, A)) =:= map_size(A) - length(Ks),
    F = maps:filter(fun(K, V) -> (K + V) rem 3 =:= 0 end, M),
    Ok5 = lists:sort(maps:to_list(F)) =:= [P || {K, V} = P <- Exp, (K + V) rem 3 =:= 0],
    Ok = Ok1 and Ok2 and Ok3 and Ok4 and Ok5,
    H1 = (H * 31 + map_size(M) + 3 * map_size(F) + lists:sum(maps:values(W))) rem 1000000007,
    loop(N - 1, S2, H1, case Ok of true -> Bad; false -> Bad + 1 end).

gen(S) ->
    S1 = rnd(S),
    Size = (S1 bsr 8) rem 601,
    gen(Size, S1, #{}).
gen(0, S, M) -> {M, S};
gen(N, S, M) -> S1 = rnd(S), gen(N - 1, S1, M#{(S1 bsr 8) rem 900 => (S1 bsr 4) rem 100}).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
