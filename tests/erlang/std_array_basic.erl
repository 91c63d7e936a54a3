-module(std_array_basic).
%% array: new with options, get/set, size, default, fixed and extendible
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> A = array:new(), {array:size(A), array:default(A), array:is_fix(A)} end,
        fun() -> A = array:new(5), {array:size(A), array:is_fix(A), array:get(4, A)} end,
        fun() -> A = array:new([{size, 3}, {default, 0}]), {array:size(A), array:is_fix(A), array:to_list(A)} end,
        fun() -> A = array:new(3, [{fixed, false}]), {array:size(A), array:is_fix(A)} end,
        fun() -> A = array:new([{default, x}]), {array:get(100, A), array:size(A)} end,
        fun() -> A = array:set(0, a, array:new()), {array:size(A), array:get(0, A)} end,
        fun() -> A = array:set(20, z, array:new()), {array:size(A), array:get(20, A), array:get(19, A)} end,
        fun() -> array:get(5, array:new(5)) end,
        fun() -> array:set(5, x, array:new(5)) end,
        fun() -> array:get(-1, array:new()) end,
        fun() -> array:set(a, x, array:new()) end,
        fun() -> array:to_list(array:set(1, b, array:set(3, d, array:new({default, 0})))) end,
        fun() -> array:is_array(array:new()) end,
        fun() -> array:is_array({array}) end,
        fun() -> array:new(-1) end,
        fun() -> array:new([{size, 2}, bogus]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
