-module(if_basic).
-export([start/0]).
%% if expressions with several guard branches and `true` fall-through.

start() ->
    [io:format("~w ~w~n", [X, sign(X)]) || X <- [-2, 0, 2]],
    [io:format("~w ~w~n", [X, fizz(X)]) || X <- lists:seq(1, 15)],
    io:format("~w~n", [max3(3, 9, 4)]),
    io:format("~w~n", [max3(9, 3, 4)]),
    io:format("~w~n", [max3(3, 4, 9)]).

sign(X) ->
    if
        X < 0 -> minus;
        X > 0 -> plus;
        true -> zero
    end.

fizz(X) ->
    if
        X rem 15 =:= 0 -> fizzbuzz;
        X rem 5 =:= 0 -> buzz;
        X rem 3 =:= 0 -> fizz;
        true -> X
    end.

max3(A, B, C) ->
    if
        A >= B, A >= C -> A;
        B >= A, B >= C -> B;
        true -> C
    end.
