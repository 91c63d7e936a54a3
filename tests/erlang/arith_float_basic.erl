-module(arith_float_basic).
-export([start/0]).
%% Float arithmetic and float printing (~p / ~w use the shortest round-trip form).

start() ->
    io:format("~p~n", [1.5 + 2.25]),
    io:format("~p~n", [0.1 + 0.2]),
    io:format("~p~n", [10 / 4]),
    io:format("~p~n", [1 / 3]),
    io:format("~p~n", [-2.5 * 4]),
    io:format("~p~n", [2.0 - 0.5]),
    io:format("~w~n", [[1.0, 0.5, -0.0, 100.0, 1.0e10, 1.0e-10, 123456789.125]]),
    io:format("~w~n", [[1.0e15, 1.0e16, 9007199254740992.0, 1.5e300, 5.0e-324]]),
    io:format("~p~n", [math:sqrt(2.0)]),
    io:format("~p~n", [4 / 2]),
    io:format("~w~n", [is_float(4 / 2)]),
    io:format("~p~n", [fsum([0.1 || _ <- lists:seq(1, 10)])]).

fsum(L) -> lists:foldl(fun(X, A) -> X + A end, 0.0, L).
