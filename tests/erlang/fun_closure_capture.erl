-module(fun_closure_capture).
-export([start/0]).
%% Closures capturing 0, 1 and many variables of various types.

start() ->
    A = 1, B = two, C = {three}, D = [4], E = <<5>>, F = 6.0,
    Z = fun() -> none end,
    One = fun() -> A end,
    Many = fun() -> {A, B, C, D, E, F} end,
    WithArg = fun(X) -> [X, A, B] end,
    io:format("~w~n", [Z()]),
    io:format("~w~n", [One()]),
    io:format("~w~n", [Many()]),
    io:format("~w~n", [WithArg(x)]),
    Fs = [fun() -> I * 10 end || I <- [1, 2, 3]],
    io:format("~w~n", [[G() || G <- Fs]]),
    Big = lists:seq(1, 50),
    Len = fun() -> length(Big) end,
    io:format("~w~n", [Len()]),
    io:format("~w~n", [erlang:fun_info(Many, arity)]),
    io:format("~w~n", [make_counter(5)]).

make_counter(N) ->
    Step = fun(X) -> X + N end,
    [Step(0), Step(Step(0)), Step(100)].
