-module(map_remove_all).
-export([start/0]).
%% Removing every key of maps of 1..2000 keys in a pseudo-random order, checking size
%% and membership after each step (crossing the 32-key boundary downwards), and
%% maps:without with all keys at once.

start() ->
    R = [run(N) || N <- [1, 2, 31, 32, 33, 64, 500, 2000]],
    io:format("~w~n", [R]).

run(N) ->
    M = maps:from_list([{K, -K} || K <- lists:seq(1, N)]),
    Order = [K || {_, K} <- lists:sort([{(K * 2654435761) band 16#FFFF, K} || K <- lists:seq(1, N)])],
    {Empty, Ok} = lists:foldl(fun(K, {A, Ok0}) ->
                                      A1 = maps:remove(K, A),
                                      {A1, Ok0 andalso not maps:is_key(K, A1) andalso map_size(A1) =:= map_size(A) - 1}
                              end, {M, true}, Order),
    {N, Ok, Empty =:= #{}, maps:without(lists:seq(1, N), M) =:= #{}, maps:remove(N + 1, M) =:= M}.
