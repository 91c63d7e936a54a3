-module(big_float_conv).
-export([start/0]).
%% Conversions between bignums and floats: float/1 (rounding to nearest even), trunc,
%% round, ceil, floor of huge floats, mixed arithmetic, and the overflow errors.

start() ->
    [io:format("~w~n", [float(X)]) || X <- [1 bsl 53, 1 bsl 53 + 1, 1 bsl 53 + 3, 1 bsl 64 - 1,
                                           -(1 bsl 80) - 1, pow(10, 300), -pow(10, 308),
                                           1 bsl 1023, (1 bsl 1024) - (1 bsl 971)]],
    [io:format("~w~n", [F(X)]) || F <- [fun trunc/1, fun round/1, fun ceil/1, fun floor/1],
                                  X <- [1.0e20, -1.0e20, 1.7976931348623157e308, 123456789.5e10, -4.5e15]],
    io:format("~w~n", [pow(10, 30) / 7]),
    io:format("~w~n", [pow(10, 30) / pow(10, 29)]),
    io:format("~w~n", [pow(10, 30) + 0.5]),
    io:format("~w~n", [pow(10, 30) * 1.5]),
    io:format("~w~n", [(1 bsl 100) - 1.0]),
    [io:format("~w~n", [catch_f(F)]) || F <- [fun() -> float(id(1 bsl 1024)) end,
                                              fun() -> float(id((1 bsl 1024) - (1 bsl 970))) end,
                                              fun() -> id(1 bsl 1024) + 1.0 end,
                                              fun() -> id(1 bsl 1024) * 1.0 end,
                                              fun() -> id(1 bsl 1024) / 3 end,
                                              fun() -> id(1 bsl 2000) / id(1 bsl 1990) end,
                                              fun() -> id(1.0e300) * id(1 bsl 100) end]].

catch_f(F) -> try F() catch C:R -> {C, R} end.
pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
id(X) -> X.
