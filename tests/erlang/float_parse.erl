-module(float_parse).
-export([start/0]).
%% list_to_float/1 and binary_to_float/1: valid forms (sign, exponent with and without
%% sign, upper-case E, long digit strings, subnormals, rounding of halfway cases) and
%% invalid ones (badarg): integers, missing digits, overflow, spaces, non-lists.

start() ->
    Good = ["1.0", "-1.0", "+1.5", "0.1", "1.0e10", "1.0E10", "1.0e+10", "1.0e-10",
            "123456789.123456789", "0.000000000000000000000000000001", "1.7976931348623157e308",
            "4.9e-324", "2.4703282292062328e-324", "9007199254740993.0", "9007199254740995.0",
            "0.30000000000000000000000000000000000001", "1.00000000000000011102230246251565404236316680908203125",
            "00001.5000", "1.0e-400", "-0.0"],
    [io:format("~s ~w ~w~n", [S, list_to_float(S), binary_to_float(list_to_binary(S))]) || S <- Good],
    Bad = ["1", "1.", ".5", "1e10", "1.0e", "1.0e+", "- 1.0", " 1.0", "1.0 ", "1,0", "1.0e400",
           "-1.0e400", "", "abc", "1.0.0", "0x1.0", "inf", "nan", "1.5f"],
    [io:format("~s ~w ~w~n", [S, catch_f(fun list_to_float/1, S),
                              catch_f(fun binary_to_float/1, list_to_binary(S))]) || S <- Bad],
    io:format("~w~n", [catch_f(fun list_to_float/1, 1.0)]),
    io:format("~w~n", [catch_f(fun binary_to_float/1, "1.0")]),
    io:format("~w~n", [catch_f(fun list_to_float/1, [$1, $., 300])]).

catch_f(F, X) -> try F(X) catch C:R -> {C, R} end.
