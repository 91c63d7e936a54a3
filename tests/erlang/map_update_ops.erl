-module(map_update_ops).
-export([start/0]).
%% maps:update, update_with/3,4, take, put over existing keys (same value keeps the map
%% equal), M#{K := V} chains, maps:from_keys, maps:new, maps:get/3 default, on small and
%% large maps.

start() ->
    S = #{a => 1, b => 2},
    L = maps:from_list([{I, I} || I <- lists:seq(1, 64)]),
    io:format("~w~n", [lists:sort(maps:to_list(maps:update(a, 10, S)))]),
    io:format("~w~n", [lists:sort(maps:to_list(maps:update_with(b, fun(V) -> V * 100 end, S)))]),
    io:format("~w~n", [lists:sort(maps:to_list(maps:update_with(c, fun(V) -> V end, 7, S)))]),
    {V, R} = maps:take(a, S),
    io:format("~w ~w ~w~n", [V, R, maps:take(zz, S)]),
    io:format("~w~n", [maps:put(a, 1, S) =:= S]),
    io:format("~w~n", [maps:get(63, maps:update(63, x, L))]),
    {V2, R2} = maps:take(10, L),
    io:format("~w ~w ~w~n", [V2, map_size(R2), maps:is_key(10, R2)]),
    L2 = L#{1 := one, 2 := two, 64 := last},
    io:format("~w ~w ~w ~w~n", [maps:get(1, L2), maps:get(2, L2), maps:get(64, L2), map_size(L2)]),
    io:format("~w~n", [maps:from_keys([3, 1, 2], x)]),
    io:format("~w~n", [map_size(maps:from_keys(lists:seq(1, 100), 0))]),
    io:format("~w ~w~n", [maps:new(), maps:get(zz, L, default)]),
    io:format("~w~n", [catch_f(fun() -> maps:update_with(zz, fun(X) -> X end, S) end)]),
    io:format("~w~n", [catch_f(fun() -> maps:take(a, id(x)) end)]).

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
