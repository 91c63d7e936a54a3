-module(std_maps_groups).
%% maps:groups_from_list/2,3
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> maps:groups_from_list(fun(X) -> X rem 3 end, [1, 2, 3, 4, 5, 6, 7]) end,
        fun() -> maps:groups_from_list(fun(X) -> X rem 2 end, fun(X) -> X * 10 end, [1, 2, 3, 4]) end,
        fun() -> maps:groups_from_list(fun(X) -> X end, []) end,
        fun() -> maps:groups_from_list(fun length/1, ["a", "bb", "c", "dd", "eee"]) end,
        fun() -> maps:groups_from_list(fun(X) -> X end, not_a_list) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
