-module(std_maps_iterator).
%% maps:iterator/1 and next/1 walk every pair once
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> Walk = fun W(I) -> case maps:next(I) of none -> []; {K, V, I2} -> [{K, V} | W(I2)] end end, lists:sort(Walk(maps:iterator(#{a => 1, b => 2, c => 3}))) end,
        fun() -> maps:next(maps:iterator(#{})) end,
        fun() -> Walk = fun W(I) -> case maps:next(I) of none -> []; {K, V, I2} -> [{K, V} | W(I2)] end end, length(Walk(maps:iterator(maps:from_list([{I, I} || I <- lists:seq(1, 100)])))) end,
        fun() -> maps:iterator(not_a_map) end,
        fun() -> maps:next(not_an_iterator) end,
        fun() -> {K, V, _} = maps:next(maps:iterator(#{k => v})), {K, V} end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
