-module(std_gb_trees_basic).
%% gb_trees: insert, lookup, get, update, enter, sizes
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> T = gb_trees:from_orddict([{a, 1}, {b, 2}, {c, 3}]), {gb_trees:size(T), gb_trees:to_list(T)} end,
        fun() -> gb_trees:empty() end,
        fun() -> gb_trees:is_empty(gb_trees:empty()) end,
        fun() -> gb_trees:to_list(gb_trees:insert(b, 2, gb_trees:insert(a, 1, gb_trees:empty()))) end,
        fun() -> gb_trees:insert(a, 2, gb_trees:insert(a, 1, gb_trees:empty())) end,
        fun() -> gb_trees:lookup(a, gb_trees:insert(a, 1, gb_trees:empty())) end,
        fun() -> gb_trees:lookup(z, gb_trees:insert(a, 1, gb_trees:empty())) end,
        fun() -> gb_trees:lookup(1.0, gb_trees:insert(1, one, gb_trees:empty())) end,
        fun() -> gb_trees:get(a, gb_trees:insert(a, 1, gb_trees:empty())) end,
        fun() -> gb_trees:get(z, gb_trees:empty()) end,
        fun() -> gb_trees:is_defined(a, gb_trees:insert(a, 1, gb_trees:empty())) end,
        fun() -> gb_trees:to_list(gb_trees:update(a, 9, gb_trees:insert(a, 1, gb_trees:empty()))) end,
        fun() -> gb_trees:update(z, 9, gb_trees:empty()) end,
        fun() -> gb_trees:to_list(gb_trees:enter(a, 9, gb_trees:enter(b, 2, gb_trees:enter(a, 1, gb_trees:empty())))) end,
        fun() -> gb_trees:keys(gb_trees:from_orddict([{a, 1}, {b, 2}])) end,
        fun() -> gb_trees:values(gb_trees:from_orddict([{a, 1}, {b, 2}])) end,
        fun() -> gb_trees:from_orddict([]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
