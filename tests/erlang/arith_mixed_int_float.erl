-module(arith_mixed_int_float).
-export([start/0]).
%% Mixed integer/float arithmetic promotes to float; comparisons across the two.

start() ->
    io:format("~w~n", [1 + 0.5]),
    io:format("~w~n", [3 * 1.5]),
    io:format("~w~n", [10 - 0.25]),
    io:format("~w~n", [(1 bsl 60) + 0.0]),
    io:format("~w~n", [7 / 2]),
    io:format("~w~n", [[1 < 1.5, 2 > 1.5, 1 == 1.0, 1 =:= 1.0, 2.0 >= 2, 3 =< 2.9]]),
    io:format("~w~n", [lists:sort([3, 1.5, 2, 0.5, 1, 1.0])]),
    io:format("~w~n", [max(1, 1.0)]),
    io:format("~w~n", [min(1, 1.0)]),
    io:format("~w~n", [max(1.0, 1)]),
    io:format("~w~n", [abs(-2.5)]),
    io:format("~w~n", [-(0.5)]).
