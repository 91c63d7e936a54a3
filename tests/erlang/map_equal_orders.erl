-module(map_equal_orders).
-export([start/0]).
%% Maps built by inserting the same keys in different orders (ascending, descending,
%% shuffled, via merge, via remove and re-add) are =:= and compare equal, for sizes
%% 0..200; == with float values vs integer values.

start() ->
    R = [check(N) || N <- lists:seq(0, 200, 5)],
    io:format("~w~n", [R]),
    A = maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
    B = maps:from_list([{I, float(I)} || I <- lists:seq(1, 40)]),
    io:format("~w ~w ~w~n", [A == B, A =:= B, lists:sort([B, A]) =:= [A, B] orelse lists:sort([B, A]) =:= [B, A]]).

check(N) ->
    Ks = lists:seq(1, N),
    M1 = maps:from_list([{K, K * K} || K <- Ks]),
    M2 = lists:foldl(fun(K, M) -> M#{K => K * K} end, #{}, lists:reverse(Ks)),
    M3 = lists:foldl(fun(K, M) -> M#{K => K * K} end, #{}, [K || {_, K} <- lists:sort([{(K * 7919) rem 211, K} || K <- Ks])]),
    M4 = maps:merge(maps:from_list([{K, K * K} || K <- Ks, K rem 2 =:= 0]), maps:from_list([{K, K * K} || K <- Ks, K rem 2 =:= 1])),
    M5 = lists:foldl(fun(K, M) -> (maps:remove(K, M))#{K => K * K} end, M1, Ks),
    M1 =:= M2 andalso M2 =:= M3 andalso M3 =:= M4 andalso M4 =:= M5 andalso not (M1 < M3) andalso not (M3 < M1).
