-module(std_gb_sets_basic).
%% gb_sets: construction, membership, add/delete, smallest/largest
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> gb_sets:to_list(gb_sets:from_list([c, a, b, a])) end,
        fun() -> gb_sets:size(gb_sets:from_list([1, 2, 2, 3])) end,
        fun() -> gb_sets:is_member(2, gb_sets:from_list([1, 2])) end,
        fun() -> gb_sets:is_element(9, gb_sets:from_list([1, 2])) end,
        fun() -> gb_sets:is_member(1.0, gb_sets:from_list([1, 2])) end,
        fun() -> gb_sets:to_list(gb_sets:add(3, gb_sets:from_list([1, 2]))) end,
        fun() -> gb_sets:to_list(gb_sets:add_element(1, gb_sets:from_list([1, 2]))) end,
        fun() -> gb_sets:insert(1, gb_sets:from_list([1, 2])) end,
        fun() -> gb_sets:to_list(gb_sets:delete(1, gb_sets:from_list([1, 2]))) end,
        fun() -> gb_sets:delete(9, gb_sets:from_list([1, 2])) end,
        fun() -> gb_sets:to_list(gb_sets:delete_any(9, gb_sets:from_list([1, 2]))) end,
        fun() -> gb_sets:to_list(gb_sets:del_element(2, gb_sets:from_list([1, 2]))) end,
        fun() -> gb_sets:smallest(gb_sets:from_list([5, 3, 8])) end,
        fun() -> gb_sets:largest(gb_sets:from_list([5, 3, 8])) end,
        fun() -> {X, S} = gb_sets:take_smallest(gb_sets:from_list([5, 3, 8])), {X, gb_sets:to_list(S)} end,
        fun() -> {X, S} = gb_sets:take_largest(gb_sets:from_list([5, 3, 8])), {X, gb_sets:to_list(S)} end,
        fun() -> gb_sets:to_list(gb_sets:singleton(x)) end,
        fun() -> gb_sets:is_empty(gb_sets:new()) end,
        fun() -> gb_sets:is_empty(gb_sets:empty()) end,
        fun() -> gb_sets:empty() end,
        fun() -> gb_sets:to_list(gb_sets:from_ordset([a, b, c])) end,
        fun() -> gb_sets:is_set(gb_sets:new()) end,
        fun() -> gb_sets:is_set(gb_sets:from_list([a])) end,
        fun() -> gb_sets:is_set(not_a_set) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
