-module(float_arith_special).
-export([start/0]).
%% Float arithmetic at the edges: overflow to infinity and 0/0 are badarith, underflow to
%% subnormals and zero, float division by zero, mixed int/float operators, float div/rem
%% (badarith), and the exactness of sums of tenths.

start() ->
    Max = id(1.7976931348623157e308),
    Min = id(5.0e-324),
    [io:format("~w~n", [catch_f(F)]) || F <- [
        fun() -> Max * 2 end, fun() -> Max + Max end, fun() -> -Max - Max end,
        fun() -> 1.0 / id(0.0) end, fun() -> 1 / id(0) end, fun() -> id(0.0) / id(0.0) end,
        fun() -> Min / 2 end, fun() -> Min * 0.5 end, fun() -> Min * 0.75 end, fun() -> Min - Min end,
        fun() -> 2.2250738585072014e-308 / 3 end, fun() -> id(7.0) div 2 end,
        fun() -> id(7.0) rem 2 end, fun() -> id(7) rem id(2.0) end, fun() -> id(1.0e308) * 10 end,
        fun() -> Max + 1.0e292 end, fun() -> Max + 1.0e291 end,
        fun() -> id(0.1) + id(0.2) end, fun() -> id(0.1) * 3 end, fun() -> 1 - id(0.9) end,
        fun() -> 10 / 4 end, fun() -> -7 / 2 end, fun() -> id(3) * 0.5 end,
        fun() -> id(1) + 1.0e-16 end, fun() -> id(1.0) + 1.1102230246251565e-16 end,
        fun() -> id(1.0e16) + 1 end, fun() -> id(9007199254740992.0) + 1 end,
        fun() -> id(9007199254740992.0) + 2 end, fun() -> id(a) + 1.0 end,
        fun() -> - id(foo) end, fun() -> abs(id(-2.5)) end]],
    io:format("~w~n", [lists:foldl(fun(_, A) -> A + 0.1 end, 0.0, lists:seq(1, 10))]),
    io:format("~w~n", [lists:foldl(fun(X, A) -> A + 1 / X end, 0.0, lists:seq(1, 1000))]),
    io:format("~w~n", [lists:foldl(fun(X, A) -> A * X end, 1.0, lists:seq(1, 170))]),
    io:format("~w~n", [catch_f(fun() -> lists:foldl(fun(X, A) -> A * X end, 1.0, lists:seq(1, 171)) end)]).

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
