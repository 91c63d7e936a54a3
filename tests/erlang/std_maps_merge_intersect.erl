-module(std_maps_merge_intersect).
%% maps:merge_with, intersect, intersect_with
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> maps:merge_with(fun(_, A, B) -> A + B end, #{1 => 1, 2 => 2}, #{2 => 10, 3 => 3}) end,
        fun() -> maps:merge_with(fun(K, A, B) -> {K, A, B} end, #{}, #{1 => x}) end,
        fun() -> maps:intersect(#{1 => a, 2 => b}, #{2 => c, 3 => d}) end,
        fun() -> maps:intersect(#{1 => a}, #{}) end,
        fun() -> maps:intersect_with(fun(K, A, B) -> {K, A, B} end, #{1 => a, 2 => b}, #{2 => c, 3 => d}) end,
        fun() -> maps:merge_with(fun(_, A, _) -> A end, not_a_map, #{}) end,
        fun() -> maps:intersect(#{}, []) end,
        fun() -> maps:merge(#{1 => a, 2 => b}, #{2 => c}) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
