-module(big_map_keys).
-export([start/0]).
%% 2000 distinct bignums (and their negations and float neighbours) as keys of one map:
%% every lookup finds its value, floats equal in value stay distinct keys.

start() ->
    Ks = [(1 bsl (64 + I)) + I || I <- lists:seq(1, 1000)],
    M = maps:from_list([{K, I} || {K, I} <- lists:zip(Ks, lists:seq(1, 1000))] ++ [{-K, -1} || K <- Ks]),
    io:format("~w~n", [map_size(M)]),
    io:format("~w~n", [lists:sum([maps:get(K, M) || K <- Ks])]),
    io:format("~w~n", [lists:sum([maps:get(-K, M) || K <- Ks])]),
    F = maps:from_list([{float(1 bsl 70), float}, {1 bsl 70, int}]),
    io:format("~w ~w ~w~n", [map_size(F), maps:get(1 bsl 70, F), maps:get(float(1 bsl 70), F)]),
    io:format("~w~n", [maps:find((1 bsl 65) + 2, M)]).
