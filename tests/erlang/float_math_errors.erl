-module(float_math_errors).
-export([start/0]).
%% math module errors: domain errors and overflow are badarith, non-numbers are badarg.

start() ->
    Cases = [{sqrt, [-1]}, {sqrt, [-1.0e-300]}, {log, [0]}, {log, [-1]}, {log2, [0.0]},
             {log10, [-5]}, {acos, [2]}, {asin, [-1.5]}, {acosh, [0.5]}, {atanh, [1]},
             {exp, [1000]}, {pow, [10, 400]}, {pow, [-8, 0.5]}, {pow, [0, -1]},
             {cosh, [1000]}, {fmod, [1, 0]}, {sqrt, [foo]}, {sin, ["1"]}, {pow, [2, a]},
             {exp, [<<1>>]}, {atan2, [x, 1]}, {sqrt, [1 bsl 2000]}, {floor, [a]}],
    [io:format("~w ~w~n", [F, catch_f(F, A)]) || {F, A} <- Cases],
    io:format("~w~n", [catch_f(atan2, [0, 0])]).

catch_f(F, A) -> try apply(math, F, A) catch C:R -> {C, R} end.
