-module(float_pow_int_random).
-export([start/0]).
%% math:pow with integer arguments (bases -30..30, exponents -40..40) and math:sqrt of
%% perfect squares: results printed exactly.

start() ->
    [io:format("~w ~w ~w~n", [B, E, catch_f(fun() -> math:pow(B, E) end)]) || B <- [-30, -7, -2, 2, 3, 10, 30], E <- lists:seq(-40, 40, 3)],
    [io:format("~w~n", [math:sqrt(X * X)]) || X <- [1, 3, 12345, 99999999, 1 bsl 26]],
    io:format("~w~n", [[math:pow(10, E) || E <- lists:seq(-10, 25)]]).

catch_f(F) -> try F() catch C:R -> {C, R} end.
