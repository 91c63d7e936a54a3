-module(call_mutual_recursion).
-export([start/0]).
%% Mutually recursive functions, tail and non-tail.

start() ->
    io:format("~w~n", [[{N, is_even(N)} || N <- [0, 1, 10, 11, 100001]]]),
    io:format("~w~n", [collatz_steps(27)]),
    io:format("~w~n", [hof(10)]),
    io:format("~w~n", [expr({add, {mul, 2, 3}, {neg, {add, 1, 1}}})]).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

collatz_steps(1) -> 0;
collatz_steps(N) when N rem 2 =:= 0 -> 1 + collatz_steps(N div 2);
collatz_steps(N) -> 1 + odd_step(N).
odd_step(N) -> collatz_steps(3 * N + 1).

%% Hofstadter female/male sequences
hof(N) -> {[f(I) || I <- lists:seq(0, N)], [m(I) || I <- lists:seq(0, N)]}.
f(0) -> 1;
f(N) -> N - m(f(N - 1)).
m(0) -> 0;
m(N) -> N - f(m(N - 1)).

expr({add, A, B}) -> expr(A) + expr(B);
expr({mul, A, B}) -> expr(A) * expr(B);
expr({neg, A}) -> -neg_inner(A);
expr(N) when is_integer(N) -> N.
neg_inner(A) -> expr(A).
