-module(std_sets_basic).
%% sets: build, query and convert (results sorted; v2 sets compared by content)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:sort(sets:to_list(sets:from_list([c, a, b, a]))) end,
        fun() -> sets:size(sets:from_list([1, 2, 2, 3])) end,
        fun() -> sets:is_element(2, sets:from_list([1, 2])) end,
        fun() -> sets:is_element(9, sets:from_list([1, 2])) end,
        fun() -> sets:is_element(1.0, sets:from_list([1, 2])) end,
        fun() -> sets:size(sets:from_list([1, 1.0])) end,
        fun() -> sets:is_empty(sets:new()) end,
        fun() -> sets:is_empty(sets:from_list([x])) end,
        fun() -> sets:is_set(sets:new()) end,
        fun() -> sets:is_set(sets:from_list([a])) end,
        fun() -> sets:is_set([a]) end,
        fun() -> sets:size(sets:new()) end,
        fun() -> sets:to_list(sets:new([{version, 2}])) end,
        fun() -> sets:new([{version, 2}]) end,
        fun() -> sets:from_list([2, 1], [{version, 2}]) end,
        fun() -> lists:sort(sets:to_list(sets:add_element(z, sets:from_list([y])))) end,
        fun() -> lists:sort(sets:to_list(sets:del_element(y, sets:from_list([x, y])))) end,
        fun() -> lists:sort(sets:to_list(sets:del_element(q, sets:from_list([x, y])))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
