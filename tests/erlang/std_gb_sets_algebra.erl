-module(std_gb_sets_algebra).
%% gb_sets: union, intersection, difference, subset, disjoint, filter, fold
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> S = fun(L) -> gb_sets:from_list(L) end, gb_sets:to_list(gb_sets:union(S([1, 3, 5]), S([2, 3, 4]))) end,
        fun() -> S = fun(L) -> gb_sets:from_list(L) end, gb_sets:to_list(gb_sets:union([S([1]), S([3]), S([2, 1])])) end,
        fun() -> S = fun(L) -> gb_sets:from_list(L) end, gb_sets:to_list(gb_sets:intersection(S([1, 2, 3, 4]), S([2, 4, 6]))) end,
        fun() -> S = fun(L) -> gb_sets:from_list(L) end, gb_sets:to_list(gb_sets:intersection([S([1, 2, 3]), S([2, 3]), S([3])])) end,
        fun() -> S = fun(L) -> gb_sets:from_list(L) end, gb_sets:to_list(gb_sets:difference(S([1, 2, 3, 4]), S([2, 4]))) end,
        fun() -> S = fun(L) -> gb_sets:from_list(L) end, gb_sets:to_list(gb_sets:subtract(S([1, 2, 3]), S([1]))) end,
        fun() -> S = fun(L) -> gb_sets:from_list(L) end, [gb_sets:is_subset(S([a, c]), S([a, b, c])), gb_sets:is_subset(S([a, d]), S([a, b, c]))] end,
        fun() -> S = fun(L) -> gb_sets:from_list(L) end, [gb_sets:is_disjoint(S([a, b]), S([c])), gb_sets:is_disjoint(S([a, b]), S([b]))] end,
        fun() -> gb_sets:to_list(gb_sets:filter(fun(X) -> X rem 2 =:= 1 end, gb_sets:from_list(lists:seq(1, 9)))) end,
        fun() -> gb_sets:fold(fun(X, Acc) -> [X | Acc] end, [], gb_sets:from_list([b, c, a])) end,
        fun() -> Walk = fun W(It) -> case gb_sets:next(It) of none -> []; {X, It2} -> [X | W(It2)] end end, [Walk(gb_sets:iterator(gb_sets:from_list([3, 1, 2]))), Walk(gb_sets:iterator_from(2, gb_sets:from_list([3, 1, 2])))] end,
        fun() -> gb_sets:to_list(gb_sets:balance(lists:foldl(fun gb_sets:add/2, gb_sets:new(), lists:seq(1, 40)))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
