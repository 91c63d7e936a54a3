-module(std_array_large).
%% arrays with large and sparse indices
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> A = array:set(1000000, x, array:new()), {array:size(A), array:get(1000000, A), array:get(999999, A), array:sparse_to_orddict(A)} end,
        fun() -> A = array:set(5, b, array:set(100000, a, array:new({default, 0}))), array:sparse_foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A) end,
        fun() -> A = array:from_list(lists:seq(1, 5000)), lists:sum(array:to_list(array:map(fun(I, V) -> I + V end, A))) end,
        fun() -> A = lists:foldl(fun(I, Acc) -> array:set(I * 37 rem 1000, I, Acc) end, array:new(), lists:seq(1, 1000)), {array:size(A), length(array:sparse_to_list(A))} end,
        fun() -> array:size(array:resize(array:set(70000, v, array:new()))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
