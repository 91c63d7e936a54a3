-module(float_math_trig).
-export([start/0]).
%% math module trigonometric and hyperbolic functions and their inverses, atan2 in every
%% quadrant, erf/erfc; printed to 12 significant digits.

start() ->
    Xs = [0, 0.5, -0.5, 1, -1, 0.25, 0.999, 2, 3.14159, 10, -30.5],
    [io:format("~w ~s ~s ~s~n", [X, e(math:sin(X)), e(math:cos(X)), e(math:tan(X))]) || X <- Xs],
    [io:format("~w ~s ~s ~s~n", [X, e(math:sinh(X)), e(math:cosh(X)), e(math:tanh(X))]) || X <- Xs],
    [io:format("~w ~s ~s ~s~n", [X, e(math:asin(X)), e(math:acos(X)), e(math:atan(X))]) || X <- [0, 0.5, -0.5, 1, -1, 0.25, 0.999]],
    [io:format("~w ~s ~s~n", [X, e(math:asinh(X)), e(math:atanh(X / 2))]) || X <- [0, 0.5, -0.5, 1, -1, 0.25, 0.999]],
    [io:format("~w ~s~n", [X, e(math:acosh(X))]) || X <- [1, 1.5, 2, 10, 1.0e10]],
    [io:format("~w ~w ~s~n", [Y, X, e(math:atan2(Y, X))]) || Y <- [1, -1, 0.5], X <- [1, -1, 0.5, 0]],
    [io:format("~w ~s ~s~n", [X, e(math:erf(X)), e(math:erfc(X))]) || X <- [0, 0.1, 0.5, 1, -1, 2, 3, -0.3]].

e(F) -> float_to_list(F, [{scientific, 11}]).
