-module(std_maps_bifs).
%% maps BIF functions: get/find/put/remove/is_key/keys/values/size
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> maps:get(a, #{a => 1}) end,
        fun() -> maps:get(z, id(#{a => 1})) end,
        fun() -> maps:get(z, #{a => 1}, default) end,
        fun() -> maps:find(a, #{a => 1}) end,
        fun() -> maps:find(z, #{a => 1}) end,
        fun() -> maps:put(b, 2, #{1 => a}) end,
        fun() -> maps:remove(1, #{1 => a, 2 => b}) end,
        fun() -> maps:remove(9, #{1 => a}) end,
        fun() -> maps:is_key(1, #{1 => a}) end,
        fun() -> maps:is_key(1.0, #{1 => a}) end,
        fun() -> lists:sort(maps:keys(#{c => 1, a => 2, b => 3})) end,
        fun() -> lists:sort(maps:values(#{c => 1, a => 2, b => 3})) end,
        fun() -> maps:size(#{1 => 1, 2 => 2}) end,
        fun() -> maps:get(a, id(not_a_map)) end,
        fun() -> maps:new() end,
        fun() -> maps:from_list([{1, a}, {1, b}]) end,
        fun() -> maps:to_list(#{2 => b, 1 => a}) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
