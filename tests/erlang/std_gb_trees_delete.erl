-module(std_gb_trees_delete).
%% gb_trees: delete, delete_any, take, take_any, smallest/largest
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> T = gb_trees:from_orddict([{I, I * I} || I <- lists:seq(1, 10)]), gb_trees:to_list(gb_trees:delete(5, T)) end,
        fun() -> gb_trees:delete(z, gb_trees:empty()) end,
        fun() -> gb_trees:to_list(gb_trees:delete_any(z, gb_trees:from_orddict([{a, 1}]))) end,
        fun() -> gb_trees:to_list(gb_trees:delete_any(a, gb_trees:from_orddict([{a, 1}]))) end,
        fun() -> {V, T} = gb_trees:take(b, gb_trees:from_orddict([{a, 1}, {b, 2}])), {V, gb_trees:to_list(T)} end,
        fun() -> gb_trees:take_any(z, gb_trees:from_orddict([{a, 1}])) end,
        fun() -> gb_trees:smallest(gb_trees:from_orddict([{a, 1}, {b, 2}])) end,
        fun() -> gb_trees:largest(gb_trees:from_orddict([{a, 1}, {b, 2}])) end,
        fun() -> {K, V, T} = gb_trees:take_smallest(gb_trees:from_orddict([{a, 1}, {b, 2}])), {K, V, gb_trees:to_list(T)} end,
        fun() -> {K, V, T} = gb_trees:take_largest(gb_trees:from_orddict([{a, 1}, {b, 2}])), {K, V, gb_trees:to_list(T)} end,
        fun() -> gb_trees:smallest(gb_trees:empty()) end,
        fun() -> gb_trees:take_largest(gb_trees:empty()) end,
        fun() -> gb_trees:size(gb_trees:delete(1, gb_trees:from_orddict([{1, a}, {2, b}]))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
