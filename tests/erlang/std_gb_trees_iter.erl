-module(std_gb_trees_iter).
%% gb_trees: iterators, iterator_from, map, balance
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> T = gb_trees:from_orddict([{I, I * 10} || I <- lists:seq(1, 6)]), Walk = fun W(It) -> case gb_trees:next(It) of none -> []; {K, V, It2} -> [{K, V} | W(It2)] end end, Walk(gb_trees:iterator(T)) end,
        fun() -> T = gb_trees:from_orddict([{I, I} || I <- lists:seq(2, 20, 2)]), Walk = fun W(It) -> case gb_trees:next(It) of none -> []; {K, _, It2} -> [K | W(It2)] end end, [Walk(gb_trees:iterator_from(K, T)) || K <- [0, 7, 8, 20, 21]] end,
        fun() -> gb_trees:next(gb_trees:iterator(gb_trees:empty())) end,
        fun() -> gb_trees:to_list(gb_trees:map(fun(K, V) -> {K, V} end, gb_trees:from_orddict([{a, 1}, {b, 2}]))) end,
        fun() -> T = lists:foldl(fun(I, Acc) -> gb_trees:insert(I, I, Acc) end, gb_trees:empty(), lists:seq(1, 50)), {gb_trees:size(T), gb_trees:to_list(gb_trees:balance(T)) =:= gb_trees:to_list(T)} end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
