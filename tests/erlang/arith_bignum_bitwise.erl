-module(arith_bignum_bitwise).
-export([start/0]).
%% Bitwise operators with bignum operands (two's-complement semantics).

start() ->
    A = (1 bsl 100) + 16#FFFF,
    B = (1 bsl 90) bor 16#F0F0,
    io:format("~w~n", [A band B]),
    io:format("~w~n", [A bor B]),
    io:format("~w~n", [A bxor B]),
    io:format("~w~n", [bnot A]),
    io:format("~w~n", [-A band 16#FFFFFFFF]),
    io:format("~w~n", [-A bor 1]),
    io:format("~w~n", [-A bxor -B]),
    io:format("~w~n", [A band -1]),
    io:format("~w~n", [A band 255]),
    io:format("~w~n", [(A bxor A)]),
    io:format("~w~n", [((1 bsl 128) - 1) band (1 bsl 64)]).
