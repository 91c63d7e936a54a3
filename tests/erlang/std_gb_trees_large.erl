-module(std_gb_trees_large).
%% gb_trees with many sequential and reverse inserts stay correct and usable
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> T = lists:foldl(fun(I, A) -> gb_trees:insert(I, I, A) end, gb_trees:empty(), lists:seq(1, 5000)), {gb_trees:size(T), gb_trees:get(2500, T), gb_trees:smallest(T), gb_trees:largest(T)} end,
        fun() -> T = lists:foldl(fun(I, A) -> gb_trees:insert(I, I, A) end, gb_trees:empty(), lists:seq(5000, 1, -1)), gb_trees:keys(T) =:= lists:seq(1, 5000) end,
        fun() -> T = lists:foldl(fun(I, A) -> gb_trees:insert(I, -I, A) end, gb_trees:empty(), lists:seq(1, 3000)), T2 = lists:foldl(fun gb_trees:delete/2, T, lists:seq(1, 3000, 2)), {gb_trees:size(T2), gb_trees:smallest(T2), gb_trees:lookup(1, T2), gb_trees:lookup(2, T2)} end,
        fun() -> T = gb_trees:from_orddict([{I, I} || I <- lists:seq(1, 1000)]), lists:sum(gb_trees:values(gb_trees:map(fun(_, V) -> V * 2 end, T))) end,
        fun() -> T = lists:foldl(fun(I, A) -> gb_trees:enter(I rem 100, I, A) end, gb_trees:empty(), lists:seq(1, 1000)), {gb_trees:size(T), gb_trees:get(0, T), gb_trees:get(99, T)} end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
