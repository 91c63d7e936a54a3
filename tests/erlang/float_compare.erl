-module(float_compare).
-export([start/0]).
%% Comparisons between floats and integers: == and /= by value, =:= and =/= by type, the
%% term order (a float and an equal integer), sorting, min/max, and floats as map keys.

start() ->
    Ps = [{1, 1.0}, {0, 0.0}, {-1, -1.0}, {1, 1.0000000000000002}, {9007199254740993, 9007199254740992.0},
          {9007199254740992, 9007199254740992.0}, {3, 2.9999999999999996}, {100, 1.0e2}],
    [io:format("~w ~w ~w ~w ~w ~w ~w~n", [A, B, A == B, A =:= B, A /= B, A < B, A > B]) || {A, B} <- Ps],
    L = [3, 2.0, 1, 2, 1.0, 3.0, 0.5, -1, -1.0, 2.5],
    io:format("~w~n", [lists:sort([3, 2.5, 1, -1.0, 0.5, 2, 1.5, -2])]),
    io:format("~w~n", [length(lists:usort(L))]),
    io:format("~w ~w ~w ~w~n", [max(1, 1.0), max(1.0, 1), min(1, 1.0), min(1.0, 1)]),
    M = #{1 => int, 1.0 => float},
    io:format("~w ~w ~w~n", [map_size(M), maps:get(1, M), maps:get(1.0, M)]),
    io:format("~w~n", [lists:member(1, [1.0]) ]),
    io:format("~w~n", [[X || X <- L, X == 2]]),
    io:format("~w~n", [lists:keyfind(1, 1, [{1.0, a}, {1, b}])]),
    io:format("~w~n", [{1.0 < a, 1.0 < [], 1.0 > 1 bsl 64 - 1 bsl 64}]).
