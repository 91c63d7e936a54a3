-module(fun_returned).
-export([start/0]).
%% Functions returning funs; funs stored in data structures.

start() ->
    Add5 = adder(5),
    Mul3 = multiplier(3),
    io:format("~w ~w~n", [Add5(1), Mul3(4)]),
    Ops = #{add => adder(1), mul => multiplier(10)},
    io:format("~w~n", [(maps:get(add, Ops))(1)]),
    io:format("~w~n", [(maps:get(mul, Ops))(2)]),
    T = {adder(100), multiplier(0)},
    io:format("~w~n", [(element(1, T))(1)]),
    Counter = counter(0),
    {V1, C1} = Counter(),
    {V2, C2} = C1(),
    {V3, _} = C2(),
    io:format("~w~n", [[V1, V2, V3]]),
    io:format("~w~n", [[F(2) || F <- [adder(N) || N <- [1, 2, 3]]]]).

adder(N) -> fun(X) -> X + N end.
multiplier(N) -> fun(X) -> X * N end.
counter(N) -> fun() -> {N, counter(N + 1)} end.
