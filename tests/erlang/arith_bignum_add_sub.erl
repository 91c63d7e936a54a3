-module(arith_bignum_add_sub).
-export([start/0]).
%% Bignum addition/subtraction: carries, sign changes, results shrinking to small.

start() ->
    A = 1 bsl 100,
    B = (1 bsl 100) - 1,
    io:format("~w~n", [A + B]),
    io:format("~w~n", [A - B]),
    io:format("~w~n", [B - A]),
    io:format("~w~n", [A + (-A)]),
    io:format("~w~n", [-A - A]),
    io:format("~w~n", [(1 bsl 64) - 1 + 1]),
    io:format("~w~n", [(1 bsl 128) - (1 bsl 64)]),
    io:format("~w~n", [is_integer(A - B) andalso (A - B) =:= 1]),
    io:format("~w~n", [sum_range(1 bsl 62, 100)]),
    io:format("~w~n", [fib(300)]),
    io:format("~w~n", [-fib(200) + fib(201) - fib(199)]).

sum_range(Start, N) -> lists:sum([Start + I || I <- lists:seq(1, N)]).

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
