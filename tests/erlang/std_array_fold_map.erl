-module(std_array_fold_map).
%% array: map, sparse_map, foldl, foldr and sparse folds (index order)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> array:to_list(array:map(fun(I, V) -> {I, V} end, array:from_list([a, b, c]))) end,
        fun() -> array:to_list(array:sparse_map(fun(_, V) -> V * 10 end, array:from_list([1, undefined, 3]))) end,
        fun() -> array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], array:from_list([a, b, c])) end,
        fun() -> array:foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], array:from_list([a, b, c])) end,
        fun() -> array:sparse_foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], array:set(4, x, array:set(1, y, array:new()))) end,
        fun() -> array:sparse_foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], array:set(4, x, array:set(1, y, array:new()))) end,
        fun() -> array:foldl(fun(_, V, Acc) -> V + Acc end, 0, array:from_list(lists:seq(1, 100))) end,
        fun() -> array:map(not_a_fun, array:new()) end,
        fun() -> array:foldl(fun(_, _, A) -> A end, acc, array:new()) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
