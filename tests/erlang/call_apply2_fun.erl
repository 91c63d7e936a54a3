-module(call_apply2_fun).
-export([start/0, triple/1]).
%% erlang:apply/2 with local funs, closures and external funs.

triple(X) -> 3 * X.

start() ->
    F0 = fun() -> nullary end,
    F2 = fun(A, B) -> A * B end,
    K = 7,
    C = fun(X) -> X + K end,
    io:format("~w~n", [apply(F0, [])]),
    io:format("~w~n", [apply(F2, [6, 7])]),
    io:format("~w~n", [apply(C, [1])]),
    io:format("~w~n", [apply(fun ?MODULE:triple/1, [5])]),
    io:format("~w~n", [apply(fun lists:sum/1, [[1, 2, 3]])]),
    io:format("~w~n", [apply(fun erlang:atom_to_list/1, [abc])]),
    io:format("~w~n", [[apply(F, [10]) || F <- [C, fun triple/1, fun(X) -> -X end]]]).
