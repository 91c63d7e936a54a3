-module(std_gb_sets_iter_more).
%% gb_sets iterator_from, larger/smaller-free walks, fold order and empty cases
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> Walk = fun W(It) -> case gb_sets:next(It) of none -> []; {X, It2} -> [X | W(It2)] end end, S = gb_sets:from_list(lists:seq(10, 100, 10)), [Walk(gb_sets:iterator_from(K, S)) || K <- [0, 35, 50, 100, 101]] end,
        fun() -> gb_sets:next(gb_sets:iterator(gb_sets:new())) end,
        fun() -> gb_sets:fold(fun(X, A) -> A ++ [X] end, [], gb_sets:from_list([z, a, m])) end,
        fun() -> gb_sets:to_list(gb_sets:union(gb_sets:new(), gb_sets:new())) end,
        fun() -> gb_sets:size(gb_sets:intersection(gb_sets:from_list(lists:seq(1, 100)), gb_sets:from_list(lists:seq(50, 200)))) end,
        fun() -> gb_sets:is_subset(gb_sets:new(), gb_sets:from_list([a])) end,
        fun() -> gb_sets:smallest(gb_sets:new()) end,
        fun() -> gb_sets:to_list(gb_sets:from_list([1, 1.0, 2])) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
