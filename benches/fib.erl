%% Naive doubly recursive Fibonacci: calls, small-integer arithmetic, comparisons.
-module(fib).
-export([start/0]).

-ifdef(SMALL).
-define(N, 24).
-else.
-define(N, 30).
-endif.

start() ->
    io:format("checksum: ~w~n", [fib(?N)]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
