-module(std_array_fixed_ops).
%% fixed arrays: fix/relax, set inside and outside, resize of fixed arrays
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> A = array:new(3, {default, 0}), {array:to_list(array:set(2, x, A)), array:is_fix(A)} end,
        fun() -> A = array:new(3), array:set(3, x, A) end,
        fun() -> A = array:relax(array:new(3)), array:size(array:set(3, x, A)) end,
        fun() -> A = array:fix(array:set(5, v, array:new())), {array:size(A), array:is_fix(A), array:get(5, A)} end,
        fun() -> A = array:resize(6, array:new(3)), {array:size(A), array:is_fix(A), array:get(5, A)} end,
        fun() -> A = array:resize(2, array:from_list([a, b, c])), {array:size(A), array:to_list(A)} end,
        fun() -> array:default(array:new([{default, d}, fixed])) end,
        fun() -> array:is_fix(array:new([{fixed, false}])) end,
        fun() -> array:size(array:new([10, {fixed, false}])) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
