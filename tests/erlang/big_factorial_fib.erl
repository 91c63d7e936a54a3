-module(big_factorial_fib).
-export([start/0]).
%% Long bignums printed in full: 1000! (2568 digits), fib(5000), digit counts and sums.

start() ->
    F = fact(1000, 1),
    T = integer_to_list(F),
    io:format("~w~n", [F]),
    io:format("~w ~w~n", [length(T), lists:sum([C - $0 || C <- T])]),
    Fib = fib(5000, 0, 1),
    io:format("~w~n", [Fib]),
    io:format("~w~n", [length(integer_to_list(Fib))]),
    io:format("~w~n", [F div fact(998, 1)]),
    io:format("~w~n", [F rem (fib(300, 0, 1))]),
    io:format("~p~n", [fact(60, 1)]).

fact(0, A) -> A;
fact(N, A) -> fact(N - 1, A * N).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
