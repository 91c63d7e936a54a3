-module(float_guards).
-export([start/0]).
%% Float arithmetic and conversions in guards: a guard that would raise (overflow,
%% division by zero, float/1 of a huge integer, trunc of a non-number) just fails and the
%% next clause is tried; is_float/is_number on every kind of number.

start() ->
    Xs = [1.0e308, 0.0, 2.5, -3, 1 bsl 1100, a, 1.0e-320, 7],
    [io:format("~w~n", [g(X)]) || X <- Xs],
    io:format("~w~n", [[{is_float(X), is_number(X), is_integer(X)} || X <- Xs]]).

g(X) when X * 10.0 > 1.0e300 -> big;
g(X) when 1.0 / X > 1.0e300 -> tiny;
g(X) when float(X) > 1.0e300 -> huge_int;
g(X) when trunc(X) =:= 2 -> two_ish;
g(X) when abs(X) >= 3, round(X) rem 2 =:= 1 -> odd;
g(X) when is_number(X) -> number;
g(_) -> other.
