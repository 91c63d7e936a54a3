-module(std_array_errors).
%% array errors (class and reason) for bad indices, options and arguments
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> array:get(1, array:new(1)) end,
        fun() -> array:get(a, array:new()) end,
        fun() -> array:set(-1, x, array:new()) end,
        fun() -> array:reset(-1, array:new()) end,
        fun() -> array:new(a) end,
        fun() -> array:new([{size, -1}]) end,
        fun() -> array:new([{default, 1} | bad]) end,
        fun() -> array:size(not_an_array) end,
        fun() -> array:to_list(not_an_array) end,
        fun() -> array:resize(-1, array:new()) end,
        fun() -> array:from_list([a | b]) end,
        fun() -> array:foldl(not_a_fun, 0, array:new()) end,
        fun() -> array:is_array(not_an_array) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
