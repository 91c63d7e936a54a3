-module(map_fold_iter).
-export([start/0]).
%% maps:fold, maps:iterator/next and list comprehensions over maps:to_list (order-independent results only).

start() ->
    M = #{a => 1, b => 2, c => 3, d => 4},
    io:format("~w~n", [maps:fold(fun(_, V, Acc) -> Acc + V end, 0, M)]),
    io:format("~w~n", [lists:sort(maps:fold(fun(K, V, Acc) -> [{V, K} | Acc] end, [], M))]),
    I = maps:iterator(M),
    io:format("~w~n", [lists:sort(walk(maps:next(I)))]),
    io:format("~w~n", [lists:sort([{K, V * 2} || {K, V} <- maps:to_list(M)])]),
    io:format("~w~n", [maps:from_list([{V, K} || {K, V} <- maps:to_list(M)])]),
    io:format("~w~n", [maps:from_list([{X, X * X} || X <- [1, 2, 3]])]).

walk(none) -> [];
walk({K, V, Next}) -> [{K, V} | walk(maps:next(Next))].
