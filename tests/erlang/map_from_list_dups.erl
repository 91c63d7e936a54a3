-module(map_from_list_dups).
-export([start/0]).
%% maps:from_list with duplicate keys (the last one wins), keys equal by == but not =:=
%% (1 and 1.0 stay apart), from_list(to_list(M)) =:= M for random maps of 0..1000 keys.

start() ->
    io:format("~w~n", [maps:from_list([{1, a}, {2, b}, {1, c}, {1.0, d}, {2, e}])]),
    io:format("~w~n", [lists:sort(maps:to_list(maps:from_list([{K rem 50, K} || K <- lists:seq(1, 1000)])))]),
    {Bad, _} = lists:foldl(fun(_, {B, S}) ->
                                   S1 = rnd(S),
                                   N = (S1 bsr 8) rem 1001,
                                   L = [{(S1 * I) rem 5003, I} || I <- lists:seq(1, N)],
                                   M = maps:from_list(L),
                                   Ok = maps:from_list(maps:to_list(M)) =:= M andalso
                                       M =:= lists:foldl(fun({K, V}, A) -> A#{K => V} end, #{}, L),
                                   {case Ok of true -> B; false -> B + 1 end, S1}
                           end, {0, 3}, lists:seq(1, 100)),
    io:format("bad ~w~n", [Bad]).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
