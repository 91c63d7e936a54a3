-module(select_tuple_arity).
-export([start/0]).
%% Selecting on tuple arity (select_tuple_arity) and on tag+arity.

start() ->
    Ts = [{}, {a}, {a, b}, {a, b, c}, {a, b, c, d}, {1, 2, 3, 4, 5}, list_to_tuple(lists:seq(1, 20)), x],
    [io:format("~w~n", [arity_name(T)]) || T <- Ts],
    Msgs = [{add, 1, 2}, {neg, 5}, {add, 1}, {stop}, {mul, 2, 3, 4}, {neg, 1, 2}],
    [io:format("~w~n", [eval(M)]) || M <- Msgs].

arity_name({}) -> zero;
arity_name({_}) -> one;
arity_name({_, _}) -> two;
arity_name({_, _, _}) -> three;
arity_name({_, _, _, _}) -> four;
arity_name(T) when is_tuple(T) -> {many, tuple_size(T)};
arity_name(_) -> not_tuple.

eval({add, A, B}) -> A + B;
eval({add, A}) -> A;
eval({neg, A}) -> -A;
eval({mul, A, B, C}) -> A * B * C;
eval({stop}) -> stopped;
eval(Other) -> {unknown, tuple_size(Other)}.
