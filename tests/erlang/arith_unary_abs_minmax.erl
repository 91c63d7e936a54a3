-module(arith_unary_abs_minmax).
-export([start/0]).
%% Unary minus/plus, abs/1, max/2, min/2 over small ints, bignums and floats.

start() ->
    Vs = [0, 5, -5, 1 bsl 70, -(1 bsl 70), 2.5, -2.5],
    [io:format("~w ~w ~w~n", [-V, +V, abs(V)]) || V <- Vs],
    io:format("~w~n", [[max(A, B) || A <- [1, -1], B <- [0, 1 bsl 64, -(1 bsl 64), a]]]),
    io:format("~w~n", [[min(A, B) || A <- [1, -1], B <- [0, 1 bsl 64, -(1 bsl 64), a]]]),
    io:format("~w~n", [abs(-576460752303423488)]),
    io:format("~w~n", [-(-576460752303423488)]).
