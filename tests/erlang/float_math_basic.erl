-module(float_math_basic).
-export([start/0]).
%% math module: sqrt (exact), pow, exp, log, log2, log10, ceil, floor, fmod, pi on chosen
%% arguments (integers, bignums and floats); transcendental results printed to 12
%% significant digits so the last bit of the C library does not matter.

start() ->
    [io:format("sqrt ~w ~w~n", [X, math:sqrt(X)]) || X <- [0, 1, 2, 4, 2.25, 1.0e-300, 1 bsl 100, 1.0e308, 0.5]],
    [io:format("pow ~w ~w ~s~n", [X, Y, e(math:pow(X, Y))]) || {X, Y} <- [{2, 10}, {2, 0.5}, {10, -3}, {-8, 3}, {0, 0}, {2.5, 3.5}, {1.0e10, 30}, {7, 1 bsl 3}]],
    [io:format("exp ~w ~s~n", [X, e(math:exp(X))]) || X <- [0, 1, -1, 10, 700, -700, 1.0e-10]],
    [io:format("log ~w ~s ~s ~s~n", [X, e(math:log(X)), e(math:log2(X)), e(math:log10(X))]) || X <- [1, 2, 10, 1000, 0.001, 1 bsl 80, 1.0e300]],
    io:format("~w ~w ~w~n", [math:log2(1024), math:log10(1000000), math:log2(1 bsl 100)]),
    [io:format("ceil/floor ~w ~w ~w~n", [X, math:ceil(X), math:floor(X)]) || X <- [1.5, -1.5, 0.0, 3, -7, 1.0e20, -0.5, 2.0]],
    [io:format("fmod ~w ~w ~w~n", [X, Y, math:fmod(X, Y)]) || {X, Y} <- [{7, 3}, {-7, 3}, {7.5, 2}, {1.0e20, 3}, {5, -2.5}, {0.3, 0.1}]],
    io:format("~w ~w~n", [math:pi(), math:pi() * 2]).

e(F) -> float_to_list(F, [{scientific, 11}]).
