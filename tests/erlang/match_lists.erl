-module(match_lists).
-export([start/0]).
%% List patterns: fixed length, head/tail, nested, strings, improper tails.

start() ->
    Ls = [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5], [a | b], [[1], [2, 3]], "hi"],
    [io:format("~w~n", [shape(L)]) || L <- Ls],
    [A, B | Rest] = lists:seq(10, 15),
    io:format("~w ~w ~w~n", [A, B, Rest]),
    [{K, V} | _] = [{key, val}, {k2, v2}],
    io:format("~w ~w~n", [K, V]),
    io:format("~w~n", [pairs([1, 2, 3, 4, 5, 6, 7])]),
    io:format("~w~n", [last([a, b, c, d])]).

shape([]) -> empty;
shape([$h, $i]) -> hi;
shape([[_ | _] = First | _]) -> {nested, First};
shape([X]) -> {one, X};
shape([X, Y]) -> {two, X, Y};
shape([X, _, Z]) -> {three, X, Z};
shape([H | T]) when is_list(T) -> {many, H, length(T)};
shape([H | T]) -> {improper, H, T}.

pairs([A, B | T]) -> [{A, B} | pairs(T)];
pairs([A]) -> [{A}];
pairs([]) -> [].

last([X]) -> X;
last([_ | T]) -> last(T).
