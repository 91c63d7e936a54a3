-module(big_sort_minmax).
-export([start/0]).
%% Ordering of bignums among small integers and floats: min/max, lists:sort, usort,
%% keysort with bignum keys, and == vs =:= with floats of equal value.

start() ->
    L = [1 bsl 65, -(1 bsl 65), 3, 2.5, 1 bsl 64, float(1 bsl 64), -(1 bsl 64), 0,
         -1.0e30, 1.0e30, 1 bsl 100, 36893488147419103232.0, -3],
    io:format("~w~n", [lists:sort(L)]),
    io:format("~w~n", [lists:usort(L)]),
    io:format("~w~n", [lists:reverse(lists:sort(L))]),
    io:format("~w ~w~n", [lists:max(L), lists:min(L)]),
    io:format("~w ~w~n", [max(1 bsl 64, float(1 bsl 64)), min(1 bsl 64, float(1 bsl 64))]),
    io:format("~w ~w~n", [max(float(1 bsl 64), 1 bsl 64), min(float(1 bsl 64), 1 bsl 64)]),
    io:format("~w~n", [lists:keysort(1, [{1 bsl 70, a}, {-(1 bsl 70), b}, {5, c}, {1.0e21, d}])]),
    io:format("~w~n", [[X == float(X) || X <- [1 bsl 64, 1 bsl 64 + 1, 1 bsl 100, (1 bsl 100) + 1]]]),
    io:format("~w~n", [[X =:= float(X) || X <- [1 bsl 64, 1 bsl 100]]]),
    io:format("~w~n", [[X < float(X) || X <- [(1 bsl 64) - 1, (1 bsl 100) - 1, -(1 bsl 100) - 1]]]).
