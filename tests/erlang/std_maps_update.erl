-module(std_maps_update).
%% maps:update, update_with/3,4, take, with, without, from_keys
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> maps:update(a, 9, #{a => 1}) end,
        fun() -> maps:update(z, 9, #{a => 1}) end,
        fun() -> maps:update_with(a, fun(V) -> V + 1 end, #{a => 1}) end,
        fun() -> maps:update_with(z, fun(V) -> V + 1 end, #{a => 1}) end,
        fun() -> maps:update_with(z, fun(V) -> V + 1 end, 0, #{1 => 1}) end,
        fun() -> maps:update_with(1, fun(V) -> V + 1 end, 0, #{1 => 1}) end,
        fun() -> maps:take(1, #{1 => a, 2 => b}) end,
        fun() -> maps:take(9, #{1 => a}) end,
        fun() -> maps:take(1, not_a_map) end,
        fun() -> maps:with([1, 3], #{1 => a, 2 => b, 3 => c}) end,
        fun() -> maps:with([9], #{1 => a}) end,
        fun() -> maps:without([1, 3], #{1 => a, 2 => b, 3 => c}) end,
        fun() -> maps:without([], #{1 => a}) end,
        fun() -> maps:with(not_a_list, #{}) end,
        fun() -> maps:from_keys([1, 2, 3], x) end,
        fun() -> maps:from_keys([], x) end,
        fun() -> maps:size(maps:from_keys([a, a, b], 0)) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
