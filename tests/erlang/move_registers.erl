-module(move_registers).
-export([start/0]).
%% Argument shuffles: the compiler must permute x registers between calls.

start() ->
    io:format("~w~n", [swap(1, 2)]),
    io:format("~w~n", [rot3(a, b, c)]),
    io:format("~w~n", [rot3_twice(a, b, c)]),
    io:format("~w~n", [perm(1, 2, 3, 4, 5)]),
    io:format("~w~n", [dup(x)]),
    io:format("~w~n", [first_of_many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]),
    io:format("~w~n", [last_of_many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]),
    io:format("~w~n", [shuffle_loop(1, 2, 3, 10)]).

swap(A, B) -> {B, A}.
rot3(A, B, C) -> {B, C, A}.
rot3_twice(A, B, C) -> rot3_t(B, C, A).
rot3_t(A, B, C) -> rot3(B, C, A).
perm(A, B, C, D, E) -> perm2(E, D, C, B, A).
perm2(A, B, C, D, E) -> [A, B, C, D, E, A + E].
dup(X) -> {X, X, [X | X]}.
first_of_many(A, _, _, _, _, _, _, _, _, _) -> A.
last_of_many(_, _, _, _, _, _, _, _, _, J) -> J.
%% rotate three values N times in a tail-recursive loop
shuffle_loop(A, B, C, 0) -> {A, B, C};
shuffle_loop(A, B, C, N) -> shuffle_loop(C, A, B, N - 1).
