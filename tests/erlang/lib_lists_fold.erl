-module(lib_lists_fold).
-export([start/0]).
%% foldl/3, foldr/3, mapfoldl/3, mapfoldr/3 (estdlib): results, call order, errors.

start() ->
    Cons = fun(X, Acc) -> [X | Acc] end,
    io:format("~w~n", [lists:foldl(Cons, [], [1, 2, 3])]),
    io:format("~w~n", [lists:foldr(Cons, [], [1, 2, 3])]),
    io:format("~w~n", [{lists:foldl(Cons, acc, []), lists:foldr(Cons, acc, [])}]),
    io:format("~w~n", [lists:foldl(fun(X, S) -> X + S end, 0, lists:seq(1, 100))]),
    io:format("~w~n", [lists:foldr(fun(X, S) -> S * 10 + X end, 0, [1, 2, 3])]),
    io:format("~w~n", [lists:mapfoldl(fun(X, S) -> {X * 2, S + X} end, 0, [1, 2, 3])]),
    io:format("~w~n", [lists:mapfoldr(fun(X, S) -> {X * 2, [X | S]} end, [], [1, 2, 3])]),
    io:format("~w~n", [{lists:mapfoldl(fun(X, S) -> {X, S} end, s, []), lists:mapfoldr(fun(X, S) -> {X, S} end, s, [])}]),
    %% Order of the calls.
    io:format("~w~n", [trace(fun(F) -> lists:foldl(fun(X, A) -> F(X), A end, ok, [a, b, c]) end)]),
    io:format("~w~n", [trace(fun(F) -> lists:foldr(fun(X, A) -> F(X), A end, ok, [a, b, c]) end)]),
    io:format("~w~n", [trace(fun(F) -> lists:mapfoldl(fun(X, A) -> F(X), {X, A} end, ok, [a, b, c]) end)]),
    io:format("~w~n", [trace(fun(F) -> lists:mapfoldr(fun(X, A) -> F(X), {X, A} end, ok, [a, b, c]) end)]),
    io:format("~w~n", [t(fun() -> lists:foldl(Cons, [], x) end)]),
    io:format("~w~n", [t(fun() -> lists:foldl(Cons, [], [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:foldl(not_a_fun, [], [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:foldr(Cons, [], x) end)]),
    io:format("~w~n", [t(fun() -> lists:foldr(Cons, [], [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:foldr(fun(X) -> X end, [], []) end)]),
    io:format("~w~n", [t(fun() -> lists:mapfoldl(fun(X, _) -> X end, [], [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:mapfoldr(fun(X, _) -> {X} end, [], [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:mapfoldl(fun(X, A) -> {X, A} end, [], [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:mapfoldl(not_a_fun, [], []) end)]),
    N = 50000,
    io:format("~w~n", [lists:foldl(fun(X, S) -> X + S end, 0, lists:seq(1, N))]),
    io:format("~w~n", [lists:foldr(fun(X, S) -> X - S end, 0, lists:seq(1, N))]),
    {L, S} = lists:mapfoldl(fun(X, A) -> {X * X, A + 1} end, 0, lists:seq(1, N)),
    io:format("~w~n", [{S, lists:last(L)}]),
    {L2, S2} = lists:mapfoldr(fun(X, A) -> {-X, max(X, A)} end, 0, lists:seq(1, N)),
    io:format("~w~n", [{S2, hd(L2), lists:last(L2)}]),
    ok.

%% The arguments F was called with, in order.
trace(Body) ->
    Self = self(),
    put(trace, []),
    Result = Body(fun(X) -> Self = self(), put(trace, [X | get(trace)]) end),
    {Result, lists:reverse(get(trace))}.

t(F) ->
    try F() catch C:R -> {C, R} end.
