-module(std_maps_fold_order).
%% maps:fold/map/filter call counts and results independent of order (sorted views)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> put(n, 0), maps:map(fun(_, V) -> put(n, get(n) + 1), V end, #{1 => a, 2 => b, 3 => c}), get(n) end,
        fun() -> lists:sort(maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], #{3 => c, 1 => a, 2 => b})) end,
        fun() -> maps:filter(fun(K, _) -> K > 1 end, #{1 => a, 2 => b, 3 => c}) end,
        fun() -> maps:filtermap(fun(K, V) -> K > 1 andalso {true, {V}} end, #{1 => a, 2 => b}) end,
        fun() -> maps:map(fun(K, V) -> {K, V} end, #{1 => a, 2 => b}) end,
        fun() -> maps:update_with(1, fun(L) -> [x | L] end, [], #{1 => [y]}) end,
        fun() -> maps:merge_with(fun(_, A, B) -> [A, B] end, #{1 => a}, #{1 => b}) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
