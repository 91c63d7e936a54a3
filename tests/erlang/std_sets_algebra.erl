-module(std_sets_algebra).
%% sets: union, intersection, subtract, subset and disjointness
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> S = fun(L) -> sets:from_list(L) end, 
  lists:sort(sets:to_list(sets:union(S([1, 2, 3]), S([3, 4])))) end,
        fun() -> S = fun(L) -> sets:from_list(L) end, 
  lists:sort(sets:to_list(sets:union([S([1]), S([2]), S([1, 3])]))) end,
        fun() -> sets:to_list(sets:union([])) end,
        fun() -> S = fun(L) -> sets:from_list(L) end, 
  lists:sort(sets:to_list(sets:intersection(S([1, 2, 3]), S([2, 3, 4])))) end,
        fun() -> S = fun(L) -> sets:from_list(L) end, 
  lists:sort(sets:to_list(sets:intersection([S([1, 2, 3]), S([2, 3]), S([3, 2, 9])]))) end,
        fun() -> S = fun(L) -> sets:from_list(L) end, 
  lists:sort(sets:to_list(sets:subtract(S([1, 2, 3]), S([2])))) end,
        fun() -> S = fun(L) -> sets:from_list(L) end, 
  [sets:is_subset(S([1, 2]), S([1, 2, 3])), sets:is_subset(S([1, 4]), S([1, 2])), sets:is_subset(S([]), S([]))] end,
        fun() -> S = fun(L) -> sets:from_list(L) end, 
  [sets:is_disjoint(S([1, 2]), S([3])), sets:is_disjoint(S([1, 2]), S([2, 3])), sets:is_disjoint(S([]), S([1]))] end,
        fun() -> S = fun(L) -> sets:from_list(L) end, 
  sets:size(sets:intersection(S(lists:seq(1, 100)), S(lists:seq(50, 150)))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
