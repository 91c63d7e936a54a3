-module(std_maps_map_filter).
%% maps:map, filter, filtermap, fold, foreach (results shown as sorted lists)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:sort(maps:to_list(maps:map(fun(K, V) -> {K, V * 2} end, #{a => 1, b => 2}))) end,
        fun() -> maps:map(fun(_, V) -> V end, #{}) end,
        fun() -> lists:sort(maps:to_list(maps:filter(fun(_, V) -> V > 1 end, #{a => 1, b => 2, c => 3}))) end,
        fun() -> lists:sort(maps:to_list(maps:filtermap(fun(K, V) when V > 1 -> {true, {K}}; (_, V) -> V =:= 1 end, #{a => 1, b => 2, c => 0}))) end,
        fun() -> maps:fold(fun(_, V, Acc) -> V + Acc end, 0, #{a => 1, b => 2, c => 3}) end,
        fun() -> lists:sort(maps:fold(fun(K, _, Acc) -> [K | Acc] end, [], #{x => 1, y => 2})) end,
        fun() -> put(acc, 0), maps:foreach(fun(_, V) -> put(acc, get(acc) + V) end, #{a => 1, b => 5}), get(acc) end,
        fun() -> maps:map(fun(_, V) -> V end, not_a_map) end,
        fun() -> maps:filter(fun(_, _) -> true end, []) end,
        fun() -> maps:fold(fun(_, _, A) -> A end, acc, 42) end,
        fun() -> maps:map(not_a_fun, #{}) end,
        fun() -> maps:filter(fun(X) -> X end, #{a => 1}) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
