-module(tuple_large).
-export([start/0]).
%% Large literal and built tuples; matching many-element tuples.

start() ->
    Lit = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
           21, 22, 23, 24, 25, 26, 27, 28, 29, 30},
    {A, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _,
     _, _, _, _, _, _, _, _, _, B} = Lit,
    io:format("~w ~w ~w~n", [A, B, tuple_size(Lit)]),
    Built = list_to_tuple([X * X || X <- lists:seq(1, 10000)]),
    io:format("~w ~w~n", [element(10000, Built), tuple_size(Built)]),
    Mk = mk(id(1), id(2)),
    io:format("~w~n", [Mk]),
    io:format("~w~n", [sum_tuple(Lit, tuple_size(Lit), 0)]).

id(X) -> X.
mk(X, Y) -> {X, Y, X + Y, X * Y, X - Y, {X}, [Y], X, Y, X, Y, done}.

sum_tuple(_, 0, Acc) -> Acc;
sum_tuple(T, I, Acc) -> sum_tuple(T, I - 1, Acc + element(I, T)).
