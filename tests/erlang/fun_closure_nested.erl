-module(fun_closure_nested).
-export([start/0]).
%% Closures created inside closures, capturing outer and inner variables.

start() ->
    Adder = fun(X) -> fun(Y) -> fun(Z) -> X + Y + Z end end end,
    io:format("~w~n", [((Adder(1))(10))(100)]),
    Outer = 5,
    Mk = fun(K) -> fun(V) -> {Outer, K, V} end end,
    F1 = Mk(a), F2 = Mk(b),
    io:format("~w ~w~n", [F1(1), F2(2)]),
    Compose = fun(F, G) -> fun(X) -> G(F(X)) end end,
    Inc = fun(X) -> X + 1 end,
    Dbl = fun(X) -> X * 2 end,
    io:format("~w~n", [(Compose(Inc, Dbl))(5)]),
    io:format("~w~n", [(Compose(Dbl, Inc))(5)]),
    Pipeline = lists:foldl(Compose, fun(X) -> X end, [Inc, Dbl, Inc, Dbl]),
    io:format("~w~n", [Pipeline(1)]),
    io:format("~w~n", [curry3(fun(A, B, C) -> [A, B, C] end, x, y, z)]).

curry3(F, A, B, C) ->
    C1 = fun(P) -> fun(Q) -> fun(R) -> F(P, Q, R) end end end,
    ((C1(A))(B))(C).
