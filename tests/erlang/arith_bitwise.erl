-module(arith_bitwise).
-export([start/0]).
%% band / bor / bxor / bnot on small integers, including negatives.

start() ->
    Vs = [0, 1, 5, 12, 255, -1, -6, 16#F0F0],
    [io:format("~w ~w: ~w ~w ~w~n", [A, B, A band B, A bor B, A bxor B]) || A <- [id(12), id(-6)], B <- Vs],
    io:format("~w~n", [[bnot X || X <- Vs]]),
    io:format("~w~n", [bnot bnot 42]),
    io:format("~w~n", [popcount(16#DEADBEEF)]),
    io:format("~w~n", [16#FF band bnot 16#0F]),
    io:format("~w~n", [(1 bsl 59 - 1) band 16#123456789]),
    io:format("~w~n", [-1 bxor 576460752303423487]).

id(X) -> X.

popcount(0) -> 0;
popcount(N) -> (N band 1) + popcount(N bsr 1).
