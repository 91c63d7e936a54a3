-module(std_array_convert).
%% array: to/from lists and orddicts, sparse variants
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> array:to_list(array:from_list([a, b, c])) end,
        fun() -> array:to_list(array:from_list([])) end,
        fun() -> array:is_fix(array:from_list([a])) end,
        fun() -> array:default(array:from_list([a], 0)) end,
        fun() -> array:sparse_to_list(array:from_list([a, undefined, b, undefined])) end,
        fun() -> array:sparse_to_list(array:from_list([0, 1, 0, 2], 0)) end,
        fun() -> array:to_orddict(array:from_list([x, y])) end,
        fun() -> array:sparse_to_orddict(array:set(5, v, array:new())) end,
        fun() -> array:to_list(array:from_orddict([{0, a}, {3, d}])) end,
        fun() -> array:to_list(array:from_orddict([{1, a}], zero)) end,
        fun() -> array:from_orddict([{2, a}, {1, b}]) end,
        fun() -> array:from_list(not_a_list) end,
        fun() -> array:size(array:from_list(lists:seq(1, 1000))) end,
        fun() -> array:get(777, array:from_list(lists:seq(1, 1000))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
