-module(call_local).
-export([start/0]).
%% Plain local calls with 0..4 arguments and results used in expressions.

start() ->
    io:format("~w~n", [zero()]),
    io:format("~w~n", [one(7)]),
    io:format("~w~n", [two(7, 3)]),
    io:format("~w~n", [three(1, 2, 3)]),
    io:format("~w~n", [four(1, 2, 3, 4)]),
    io:format("~w~n", [one(one(one(1)))]),
    io:format("~w~n", [two(one(2), three(1, 1, 1))]),
    io:format("~w~n", [chain(5)]).

zero() -> zero_result.
one(X) -> X * 10.
two(X, Y) -> X - Y.
three(A, B, C) -> A + B * C.
four(A, B, C, D) -> [D, C, B, A].
chain(N) -> step_a(N).
step_a(N) -> step_b(N + 1) * 2.
step_b(N) -> step_c(N) + 1.
step_c(N) -> N * N.
