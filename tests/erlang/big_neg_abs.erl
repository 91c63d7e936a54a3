-module(big_neg_abs).
-export([start/0]).
%% Unary minus, abs, sign tests and negation round trips on bignums of many sizes,
%% including the most negative values of each word size.

start() ->
    Xs = [id(-(1 bsl N)) || N <- [27, 31, 59, 63, 64, 127, 128, 500]] ++
         [id((1 bsl N) - 1) || N <- [27, 31, 59, 63, 64, 127, 128, 500]],
    [io:format("~w ~w ~w ~w~n", [-X, abs(X), - (-X) =:= X, abs(X) + X =:= 0 orelse X > 0]) || X <- Xs],
    io:format("~w~n", [lists:sum(Xs)]),
    io:format("~w~n", [lists:foldl(fun(X, A) -> A * X end, 1, Xs) rem 1000000007]).

id(X) -> X.
