-module(big_sum_product).
-export([start/0]).
%% Sums and products of long integer sequences: sum of squares to 100,000, product of
%% 1..2000 (digit count), alternating sums, lists:sum on bignums, and a running product
%% reduced modulo a prime.

start() ->
    io:format("~w~n", [lists:sum([I * I || I <- lists:seq(1, 100000)])]),
    P = lists:foldl(fun(I, A) -> A * I end, 1, lists:seq(1, 2000)),
    io:format("~w ~w~n", [length(integer_to_list(P)), P rem 1000000007]),
    io:format("~w~n", [lists:foldl(fun(I, A) -> I * (1 bsl 60) - A end, 0, lists:seq(1, 5000))]),
    io:format("~w~n", [lists:sum([1 bsl I || I <- lists:seq(0, 300)]) =:= (1 bsl 301) - 1]),
    io:format("~w~n", [lists:foldl(fun(I, A) -> (A * (I + 1 bsl 64)) rem ((1 bsl 89) - 1) end, 1, lists:seq(1, 3000))]).
