-module(list_comprehension).
-export([start/0]).
%% List comprehensions: generators, filters, patterns in generators.

start() ->
    L = lists:seq(1, 10),
    io:format("~w~n", [[X * X || X <- L]]),
    io:format("~w~n", [[X || X <- L, X rem 2 =:= 0]]),
    io:format("~w~n", [[X || X <- L, X > 3, X < 7]]),
    io:format("~w~n", [[V || {ok, V} <- [{ok, 1}, error, {ok, 2}, {error, 3}, {ok, 3}]]]),
    io:format("~w~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b]]]),
    io:format("~w~n", [[{X, Y} || X <- [1, 2, 3], Y <- [1, 2, 3], X < Y]]),
    io:format("~w~n", [[X || X <- [], true]]),
    io:format("~w~n", [[X || X <- [1, a, 2.0, b, "c"], is_atom(X)]]),
    io:format("~w~n", [[[Y || Y <- lists:seq(1, X)] || X <- [1, 2, 3]]]),
    io:format("~w~n", [qsort([3, 6, 1, 8, 2, 9, 4])]),
    io:format("~w~n", [pythag(20)]),
    io:format("~w~n", [length([x || _ <- lists:seq(1, 100000)])]).

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

pythag(N) ->
    [{A, B, C} || A <- lists:seq(1, N), B <- lists:seq(A, N), C <- lists:seq(B, N),
                  A * A + B * B =:= C * C].
