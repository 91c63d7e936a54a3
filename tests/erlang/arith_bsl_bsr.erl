-module(arith_bsl_bsr).
-export([start/0]).
%% bsl / bsr: small and big results, negative numbers, negative shift counts.

start() ->
    io:format("~w~n", [[1 bsl N || N <- [0, 1, 10, 27, 28, 31, 32, 59, 60, 63, 64, 65, 100]]]),
    io:format("~w~n", [[id(-1) bsl N || N <- [0, 1, 60, 64]]]),
    io:format("~w~n", [[id(1024) bsr N || N <- [0, 1, 10, 11, 100]]]),
    io:format("~w~n", [[id(-1024) bsr N || N <- [0, 1, 10, 11, 100]]]),
    io:format("~w~n", [[id(-7) bsr 1, id(-1) bsr 5]]),
    io:format("~w~n", [id(5) bsl -1]),
    io:format("~w~n", [id(5) bsr -2]),
    Big = 1 bsl 200,
    io:format("~w~n", [Big bsr 190]),
    io:format("~w~n", [Big bsr 201]),
    io:format("~w~n", [-Big bsr 199]),
    io:format("~w~n", [(Big + 12345) bsr 0 =:= Big + 12345]).

id(X) -> X.
