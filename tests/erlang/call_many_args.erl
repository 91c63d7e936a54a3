-module(call_many_args).
-export([start/0, ext20/20]).
%% Functions and funs with many arguments (beyond the first few x registers), local and remote.

start() ->
    Args = lists:seq(1, 20),
    io:format("~w~n", [f20(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)]),
    io:format("~w~n", [apply(?MODULE, ext20, Args)]),
    io:format("~w~n", [?MODULE:ext20(20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)]),
    F = fun(A, B, C, D, E, G, H, I, J, K, L, M) -> [M, L, K, J, I, H, G, E, D, C, B, A] end,
    io:format("~w~n", [F(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)]),
    io:format("~w~n", [apply(F, lists:seq(101, 112))]),
    X1 = id(1), X2 = id(2), X3 = id(3), X4 = id(4), X5 = id(5), X6 = id(6), X7 = id(7), X8 = id(8),
    Cl = fun(Y) -> [X1, X2, X3, X4, X5, X6, X7, X8, Y] end,
    io:format("~w~n", [Cl(9)]),
    io:format("~w~n", [loop20(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 1000)]).

id(X) -> X.

f20(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20) ->
    {A1 + A20, A10 * A11, [A2, A3, A4, A5, A6, A7, A8, A9], [A12, A13, A14, A15, A16, A17, A18, A19]}.

ext20(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20) ->
    A1 * 1 + A2 * 2 + A3 * 3 + A4 * 4 + A5 * 5 + A6 * 6 + A7 * 7 + A8 * 8 + A9 * 9 + A10 * 10
        + A11 * 11 + A12 * 12 + A13 * 13 + A14 * 14 + A15 * 15 + A16 * 16 + A17 * 17 + A18 * 18
        + A19 * 19 + A20 * 20.

%% tail-recursive loop rotating 19 values, counting down the 20th
loop20(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, 0) ->
    [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19];
loop20(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, N) ->
    loop20(A19, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, N - 1).
