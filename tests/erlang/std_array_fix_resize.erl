-module(std_array_fix_resize).
%% array: fix, relax, reset, resize
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> A = array:fix(array:from_list([a, b])), {array:is_fix(A), array:set(2, c, A)} end,
        fun() -> A = array:relax(array:new(2)), {array:is_fix(A), array:to_list(array:set(3, d, A))} end,
        fun() -> array:to_list(array:reset(1, array:from_list([a, b, c]))) end,
        fun() -> array:to_list(array:reset(9, array:from_list([a, b, c]))) end,
        fun() -> array:reset(9, array:fix(array:from_list([a, b, c]))) end,
        fun() -> array:size(array:resize(10, array:from_list([a]))) end,
        fun() -> array:to_list(array:resize(2, array:from_list([a, b, c, d]))) end,
        fun() -> array:size(array:resize(array:set(7, x, array:new(20)))) end,
        fun() -> array:size(array:resize(array:new(20))) end,
        fun() -> array:sparse_size(array:set(7, x, array:new(20))) end,
        fun() -> array:sparse_size(array:new()) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
