-module(lib_lists_sort).
-export([start/0]).
%% sort/1 (estdlib): term order across types, runs, duplicates, errors.

start() ->
    io:format("~w~n", [lists:sort([])]),
    io:format("~w~n", [lists:sort([x])]),
    io:format("~w~n", [lists:sort([2, 1])]),
    io:format("~w~n", [lists:sort([1, 2])]),
    io:format("~w~n", [[lists:sort(P) || P <- perms([1, 2, 3])]]),
    io:format("~w~n", [lists:usort([lists:sort(P) || P <- perms([1, 2, 3, 4, 5])])]),
    io:format("~w~n", [lists:sort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]),
    %% Term order: numbers < atoms < refs < funs < ports < pids < tuples < lists
    %% (tuples by size first, then elements; lists element-wise).
    Mixed = [[b], {1, 2}, zeta, -5, "abc", {}, {0, 0, 0}, [], alpha, 1 bsl 80,
             [a, b], {a}, 7, [a], -(1 bsl 70), beta, {1, 1}, [a | b]],
    io:format("~w~n", [lists:sort(Mixed)]),
    io:format("~w~n", [lists:sort(lists:reverse(Mixed))]),
    io:format("~w~n", [lists:sort(lists:seq(20, 1, -1))]),
    io:format("~w~n", [lists:sort(lists:duplicate(7, a) ++ [b, a])]),
    io:format("~w~n", [lists:sort([c, b, a, a, b, c, c, b, a])]),
    io:format("~w~n", [lists:sort([5, 4, 3, 10, 11, 12, 2, 1, 0, 20, 30, 3, 3, 2])]),
    io:format("~w~n", [t(fun() -> lists:sort(x) end)]),
    io:format("~w~n", [t(fun() -> lists:sort([a | b]) end)]),
    io:format("~w~n", [t(fun() -> lists:sort([b, a | c]) end)]),
    io:format("~w~n", [t(fun() -> lists:sort([1, 2, 3 | c]) end)]),
    Long = [(I * 7919) rem 10007 || I <- lists:seq(1, 30000)],
    S = lists:sort(Long),
    io:format("~w~n", [{length(S), lists:sublist(S, 8), lists:nthtail(29992, S), ordered(S)}]),
    io:format("~w~n", [lists:sort(lists:seq(1, 50000)) =:= lists:seq(1, 50000)]),
    io:format("~w~n", [lists:sort(lists:seq(50000, 1, -1)) =:= lists:seq(1, 50000)]),
    ok.

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

ordered([A, B | T]) when A =< B -> ordered([B | T]);
ordered([_, _ | _]) -> false;
ordered(_) -> true.

t(F) ->
    try F() catch C:R -> {C, R} end.
