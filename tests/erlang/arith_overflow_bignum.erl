-module(arith_overflow_bignum).
-export([start/0]).
%% Small integers overflowing into bignums at 28/32/60/64-bit edges and back.

start() ->
    Edges = [(1 bsl 27) - 1, 1 bsl 27, (1 bsl 31) - 1, 1 bsl 31, (1 bsl 59) - 1, 1 bsl 59,
             (1 bsl 63) - 1, 1 bsl 63, (1 bsl 64) - 1, 1 bsl 64],
    [io:format("~w ~w ~w~n", [id(E) + 1, id(E) * 2, -id(E) - 1]) || E <- Edges],
    Big = id(576460752303423487) + id(1),
    io:format("~w~n", [Big]),
    io:format("~w~n", [Big - 1]),
    io:format("~w~n", [(Big + Big) - Big - Big]),
    io:format("~w~n", [is_integer(Big * Big)]),
    io:format("~w~n", [Big * Big]),
    io:format("~w~n", [grow(1, 0)]),
    io:format("~w~n", [id(-576460752303423488) - 1]),
    io:format("~w~n", [id(9223372036854775807) + 1]),
    io:format("~w~n", [id(-9223372036854775808) - 1]).

id(X) -> X.

%% double until past 2^100, report the number of steps
grow(N, Steps) when N > (1 bsl 100) -> {Steps, N};
grow(N, Steps) -> grow(N * 2, Steps + 1).
