-module(select_val_integers).
-export([start/0]).
%% Jump tables on integers: dense ranges, sparse values, negatives, big values.

start() ->
    io:format("~w~n", [[dense(I) || I <- lists:seq(-1, 11)]]),
    io:format("~w~n", [[sparse(I) || I <- [1, 10, 100, 1000, 100000, 5, -1000]]]),
    io:format("~w~n", [[big(I) || I <- [1 bsl 40, 1 bsl 80, -(1 bsl 80), 0]]]),
    io:format("~w~n", [[mixed(I) || I <- [0, 1.0, 1, 2, a]]]).

dense(0) -> zero; dense(1) -> one; dense(2) -> two; dense(3) -> three;
dense(4) -> four; dense(5) -> five; dense(6) -> six; dense(7) -> seven;
dense(8) -> eight; dense(9) -> nine; dense(10) -> ten;
dense(_) -> out.

sparse(1) -> a;
sparse(10) -> b;
sparse(100) -> c;
sparse(1000) -> d;
sparse(100000) -> e;
sparse(-1000) -> f;
sparse(_) -> none.

big(1099511627776) -> two_pow_40;
big(1208925819614629174706176) -> two_pow_80;
big(-1208925819614629174706176) -> minus_two_pow_80;
big(_) -> other.

%% 1.0 must not match the integer 1 in a pattern
mixed(1) -> int_one;
mixed(2) -> int_two;
mixed(X) -> {other, X}.
