-module(arith_div_rem).
-export([start/0]).
%% Integer div and rem: truncation toward zero, signs of results.

start() ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {6, 3}, {1, 10}, {-1, 10},
             {134217727, 3}, {-134217728, 7}, {576460752303423487, 1000}],
    [io:format("~w ~w: div=~w rem=~w~n", [A, B, A div B, A rem B]) || {A, B} <- Pairs],
    io:format("~w~n", [[X rem 3 || X <- lists:seq(-5, 5)]]),
    io:format("~w~n", [[X div 3 || X <- lists:seq(-5, 5)]]),
    io:format("~w~n", [[(A div B) * B + A rem B =:= A || {A, B} <- Pairs]]).
