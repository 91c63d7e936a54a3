-module(std_sets_v2_print).
%% sets created with {version, 2} print as maps on every release
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> sets:from_list([3, 1, 2], [{version, 2}]) end,
        fun() -> sets:add_element(4, sets:from_list([1], [{version, 2}])) end,
        fun() -> sets:del_element(1, sets:from_list([1, 2], [{version, 2}])) end,
        fun() -> sets:union(sets:from_list([1], [{version, 2}]), sets:from_list([2], [{version, 2}])) end,
        fun() -> sets:intersection(sets:from_list([1, 2], [{version, 2}]), sets:from_list([2, 3], [{version, 2}])) end,
        fun() -> sets:subtract(sets:from_list([1, 2], [{version, 2}]), sets:from_list([2], [{version, 2}])) end,
        fun() -> sets:filter(fun(X) -> X > 1 end, sets:from_list([1, 2, 3], [{version, 2}])) end,
        fun() -> sets:is_set(sets:new([{version, 2}])) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
