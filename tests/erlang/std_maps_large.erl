-module(std_maps_large).
%% maps functions over maps with many keys (results sorted or summed)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> M = maps:from_list([{I, I * I} || I <- lists:seq(1, 1000)]), {maps:size(M), maps:fold(fun(_, V, A) -> A + V end, 0, M)} end,
        fun() -> M = maps:from_list([{I, I} || I <- lists:seq(1, 1000)]), maps:size(maps:filter(fun(K, _) -> K rem 7 =:= 0 end, M)) end,
        fun() -> M = maps:from_list([{I, I} || I <- lists:seq(1, 1000)]), lists:sum(maps:values(maps:map(fun(_, V) -> V + 1 end, M))) end,
        fun() -> M = maps:from_list([{I, I} || I <- lists:seq(1, 500)]), maps:size(maps:with(lists:seq(1, 1000, 3), M)) end,
        fun() -> M = maps:from_list([{I, I} || I <- lists:seq(1, 500)]), maps:size(maps:without(lists:seq(1, 1000, 3), M)) end,
        fun() -> G = maps:groups_from_list(fun(X) -> X rem 10 end, lists:seq(1, 1000)), {maps:size(G), length(maps:get(3, G))} end,
        fun() -> M = maps:from_list([{I, I} || I <- lists:seq(1, 300)]), Walk = fun W(I) -> case maps:next(I) of none -> 0; {_, V, I2} -> V + W(I2) end end, Walk(maps:iterator(M)) end,
        fun() -> M1 = maps:from_list([{I, a} || I <- lists:seq(1, 400)]), M2 = maps:from_list([{I, b} || I <- lists:seq(200, 600)]), {maps:size(maps:intersect(M1, M2)), maps:size(maps:merge_with(fun(_, _, _) -> c end, M1, M2))} end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
