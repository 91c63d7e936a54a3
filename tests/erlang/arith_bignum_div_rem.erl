-module(arith_bignum_div_rem).
-export([start/0]).
%% div and rem with bignum operands: signs, small divisors, big divisors.

start() ->
    F = fact(40),
    io:format("~w~n", [F div 7]),
    io:format("~w~n", [F rem 7]),
    io:format("~w~n", [F div (1 bsl 70)]),
    io:format("~w~n", [F rem (1 bsl 70)]),
    io:format("~w~n", [(F + 12345) rem 1000000007]),
    io:format("~w~n", [-F div 1000000007]),
    io:format("~w~n", [-(F + 1) rem 1000000007]),
    io:format("~w~n", [F div -F]),
    io:format("~w~n", [F div (F + 1)]),
    io:format("~w~n", [(1 bsl 200) div (1 bsl 100)]),
    io:format("~w~n", [to_digits(1 bsl 90)]),
    io:format("~w~n", [gcd(fact(30), 2 * 3 * 5 * 7 * 11 * 13 * 17 * 19 * 23 * 29 * 31 * 37)]).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

to_digits(0) -> [];
to_digits(N) -> to_digits(N div 10) ++ [N rem 10].

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
