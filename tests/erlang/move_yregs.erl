-module(move_yregs).
-export([start/0]).
%% Values kept in stack slots (y registers) across calls.

start() ->
    A = id(10),
    B = id(20),
    C = id(30),
    D = id(A + B),
    E = id(C * D),
    io:format("~w ~w ~w ~w ~w~n", [A, B, C, D, E]),
    io:format("~w~n", [keep(5)]),
    io:format("~w~n", [many_live(1)]),
    io:format("~w~n", [nested(3)]).

id(X) -> X.

keep(X) ->
    Y = id(X * 2),
    Z = id(Y + X),
    [X, Y, Z].

many_live(X0) ->
    X1 = id(X0 + 1), X2 = id(X1 + 1), X3 = id(X2 + 1), X4 = id(X3 + 1),
    X5 = id(X4 + 1), X6 = id(X5 + 1), X7 = id(X6 + 1), X8 = id(X7 + 1),
    {X0, X1, X2, X3, X4, X5, X6, X7, X8}.

nested(0) -> [];
nested(N) ->
    Before = id({before, N}),
    Rest = nested(N - 1),
    After = id({'after', N}),
    [Before, After | Rest].
