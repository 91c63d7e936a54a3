-module(std_gb_trees_errors).
%% gb_trees errors (class and reason) on missing keys, empty trees and duplicates
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> gb_trees:insert(k, 1, gb_trees:insert(k, 0, gb_trees:empty())) end,
        fun() -> gb_trees:get(missing, gb_trees:from_orddict([{a, 1}])) end,
        fun() -> gb_trees:update(missing, 1, gb_trees:from_orddict([{a, 1}])) end,
        fun() -> gb_trees:delete(missing, gb_trees:from_orddict([{a, 1}])) end,
        fun() -> gb_trees:take(missing, gb_trees:from_orddict([{a, 1}])) end,
        fun() -> gb_trees:smallest(gb_trees:empty()) end,
        fun() -> gb_trees:largest(gb_trees:empty()) end,
        fun() -> gb_trees:take_smallest(gb_trees:empty()) end,
        fun() -> gb_trees:lookup(a, gb_trees:empty()) end,
        fun() -> gb_trees:is_defined(a, gb_trees:empty()) end,
        fun() -> gb_trees:size(gb_trees:empty()) end,
        fun() -> gb_trees:to_list(gb_trees:empty()) end,
        fun() -> gb_trees:keys(gb_trees:empty()) end,
        fun() -> gb_trees:delete_any(a, gb_trees:empty()) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
