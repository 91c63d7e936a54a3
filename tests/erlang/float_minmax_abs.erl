-module(float_minmax_abs).
-export([start/0]).
%% abs, unary minus, min/max and lists:max/min over floats mixed with integers of equal
%% and different values (the first of two equal arguments is returned by min and max).

start() ->
    Ps = [{1.5, 2}, {2, 1.5}, {3, 3.0}, {3.0, 3}, {-0.5, -1}, {1.0e300, 1 bsl 1000}, {-1.0e-300, 0}],
    [io:format("~w ~w ~w ~w~n", [A, B, min(A, B), max(A, B)]) || {A, B} <- Ps],
    [io:format("~w ~w~n", [abs(X), -X]) || X <- [-2.5, 2.5, -1.0e-310, 1.7976931348623157e308, -7, 1 bsl 70]],
    L = [3, 2.5, 3.0, -1, -1.0, 1.0e10, 10000000000],
    io:format("~w ~w~n", [lists:max(L), lists:min(L)]).
