-module(arith_bignum_mul).
-export([start/0]).
%% Bignum multiplication: factorials, powers, signs, big*small.

start() ->
    io:format("~w~n", [fact(20)]),
    io:format("~w~n", [fact(30)]),
    io:format("~w~n", [fact(100)]),
    io:format("~w~n", [pow(2, 128)]),
    io:format("~w~n", [pow(-3, 41)]),
    io:format("~w~n", [pow(7, 77)]),
    B = pow(10, 30),
    io:format("~w~n", [B * -1]),
    io:format("~w~n", [-B * -B]),
    io:format("~w~n", [B * 0]),
    io:format("~w~n", [(B + 1) * (B - 1)]),
    io:format("~w~n", [fact(50) div fact(48)]).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
