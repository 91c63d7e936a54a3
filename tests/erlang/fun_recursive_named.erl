-module(fun_recursive_named).
-export([start/0]).
%% Named funs (fun Name(...) -> ... Name(...) end) that call themselves.

start() ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    io:format("~w~n", [Fact(10)]),
    io:format("~w~n", [Fact(25)]),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~w~n", [[Fib(I) || I <- lists:seq(0, 15)]]),
    K = 3,
    Loop = fun L(0, Acc) -> Acc; L(N, Acc) -> L(N - 1, Acc + K) end,
    io:format("~w~n", [Loop(100000, 0)]),
    Len = fun Len([]) -> 0; Len([_ | T]) -> 1 + Len(T) end,
    io:format("~w~n", [Len(lists:seq(1, 1000))]).
