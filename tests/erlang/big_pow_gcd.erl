-module(big_pow_gcd).
-export([start/0]).
%% Powers by squaring, modular exponentiation, gcd by Euclid and integer square roots on
%% bignums of hundreds to thousands of digits.

start() ->
    P = pow(3, 2001),
    io:format("~w~n", [P]),
    io:format("~w~n", [pow(-7, 333)]),
    io:format("~w~n", [pow(2, 4000) - 1]),
    M = pow(2, 607) - 1,
    io:format("~w~n", [powmod(3, M - 1, M)]),
    io:format("~w~n", [powmod(123456789, pow(10, 40), pow(10, 50) + 151)]),
    A = fact(300) * pow(7, 50), B = fact(200) * pow(11, 30),
    io:format("~w~n", [gcd(A, B)]),
    io:format("~w~n", [gcd(-A, B) =:= gcd(A, B)]),
    R = isqrt(pow(10, 1001)),
    io:format("~w~n", [R]),
    io:format("~w ~w~n", [R * R =< pow(10, 1001), (R + 1) * (R + 1) > pow(10, 1001)]),
    io:format("~w~n", [isqrt(pow(12345678901234567890, 20))]).

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).
powmod(_, 0, _) -> 1;
powmod(B, E, M) when E rem 2 =:= 0 -> H = powmod(B, E div 2, M), (H * H) rem M;
powmod(B, E, M) -> (B * powmod(B, E - 1, M)) rem M.
gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
isqrt(0) -> 0;
isqrt(N) -> isqrt(N, N).
isqrt(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt(N, Y) end.
