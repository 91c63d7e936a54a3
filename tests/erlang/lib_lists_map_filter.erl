-module(lib_lists_map_filter).
-export([start/0]).
%% map/2, flatmap/2, filter/2, filtermap/2, zf/2, partition/2, foreach/2 (estdlib).

start() ->
    Double = fun(X) -> 2 * X end,
    Even = fun(X) -> X rem 2 =:= 0 end,
    io:format("~w~n", [{lists:map(Double, [1, 2, 3]), lists:map(Double, [])}]),
    io:format("~w~n", [{lists:flatmap(fun(X) -> [X, X] end, [a, b]), lists:flatmap(fun(_) -> [] end, [a])}]),
    io:format("~w~n", [lists:flatmap(fun(X) -> lists:seq(1, X) end, [0, 1, 2, 3])]),
    io:format("~w~n", [{lists:filter(Even, lists:seq(1, 10)), lists:filter(Even, [])}]),
    FM = fun(X) when X > 3 -> false; (X) when X rem 2 =:= 0 -> {true, {even, X}}; (_) -> true end,
    io:format("~w~n", [lists:filtermap(FM, lists:seq(1, 6))]),
    io:format("~w~n", [lists:zf(FM, lists:seq(1, 6))]),
    io:format("~w~n", [lists:partition(Even, lists:seq(1, 10))]),
    io:format("~w~n", [lists:partition(Even, [])]),
    put(seen, []),
    ok = lists:foreach(fun(X) -> put(seen, [X | get(seen)]) end, [a, b, c]),
    io:format("~w~n", [get(seen)]),
    io:format("~w~n", [lists:foreach(fun(_) -> ignored end, [])]),
    %% Errors: non-lists, improper lists, bad funs, bad returns.
    io:format("~w~n", [t(fun() -> lists:map(Double, x) end)]),
    io:format("~w~n", [t(fun() -> lists:map(Double, [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:map(not_a_fun, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:flatmap(fun(X) -> X end, [a]) end)]),
    io:format("~w~n", [t(fun() -> lists:flatmap(Double, x) end)]),
    io:format("~w~n", [t(fun() -> lists:filter(fun(_) -> perhaps end, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:filter(Even, x) end)]),
    io:format("~w~n", [t(fun() -> lists:filter(Even, [2 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:filter(not_a_fun, [2]) end)]),
    io:format("~w~n", [t(fun() -> lists:filtermap(fun(_) -> {false, x} end, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:filtermap(FM, x) end)]),
    io:format("~w~n", [t(fun() -> lists:zf(not_a_fun, []) end)]),
    io:format("~w~n", [t(fun() -> lists:partition(fun(_) -> 1 end, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:partition(Even, [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:foreach(fun(_) -> ok end, [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:foreach(not_a_fun, []) end)]),
    N = 50000,
    M = lists:map(Double, lists:seq(1, N)),
    io:format("~w~n", [{length(M), lists:last(M), length(lists:filter(Even, M))}]),
    {Ev, Od} = lists:partition(Even, lists:seq(1, N)),
    io:format("~w~n", [{length(Ev), length(Od), hd(Od), lists:last(Ev)}]),
    io:format("~w~n", [length(lists:flatmap(fun(X) -> [X, X, X] end, lists:seq(1, N)))]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
