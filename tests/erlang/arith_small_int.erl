-module(arith_small_int).
-export([start/0]).
%% + - * on small integers, operand orders, literals vs variables.

start() ->
    Xs = [0, 1, -1, 7, -13, 1000, 123456],
    [io:format("~w ~w: ~w ~w ~w~n", [A, B, A + B, A - B, A * B]) || A <- [id(3), id(-4)], B <- Xs],
    io:format("~w~n", [id(5) + 1]),
    io:format("~w~n", [1 - id(5)]),
    io:format("~w~n", [id(5) * -1]),
    io:format("~w~n", [-id(5)]),
    io:format("~w~n", [+id(5)]),
    io:format("~w~n", [lists:sum(lists:seq(1, 1000))]),
    io:format("~w~n", [poly(7)]).

id(X) -> X.
poly(X) -> 3 * X * X - 2 * X + 1.
