-module(big_guards_literals).
-export([start/0]).
%% Bignum literals in patterns, case and function heads, guards with bignum arithmetic,
%% bignums as map keys and tuple elements.

start() ->
    Xs = [id(18446744073709551616), id(-18446744073709551616), id(340282366920938463463374607431768211456),
          id(12345678901234567890123456789), id(1), id(1 bsl 64 + 1)],
    [io:format("~w~n", [cls(X)]) || X <- Xs],
    [io:format("~w~n", [grd(X)]) || X <- Xs],
    M = #{18446744073709551616 => a, -5 => b, (1 bsl 100) => c},
    io:format("~w ~w ~w~n", [maps:get(1 bsl 64, M), maps:get(1 bsl 100, M),
                             maps:find(1 bsl 65, M)]),
    io:format("~w~n", [lists:sort(maps:keys(M))]),
    T = {1 bsl 70, -(1 bsl 70)},
    io:format("~w~n", [T =:= {id(1180591620717411303424), id(-1180591620717411303424)}]),
    io:format("~w~n", [lists:member(1 bsl 90, [1, 2, 1 bsl 90])]),
    io:format("~w~n", [lists:keyfind(1 bsl 90, 1, [{1 bsl 89, x}, {1 bsl 90, y}])]).

cls(18446744073709551616) -> two64;
cls(-18446744073709551616) -> minus_two64;
cls(340282366920938463463374607431768211456) -> two128;
cls(X) when X > 1 bsl 64 -> {big, X rem 1000};
cls(_) -> other.

grd(X) when is_integer(X), X * X > 1 bsl 200 -> huge;
grd(X) when X band 16#FF =:= 0, abs(X) > 1000 -> low_byte_zero;
grd(X) when X rem 7 =:= 3 -> rem3;
grd(_) -> none.

id(X) -> X.
