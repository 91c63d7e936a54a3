-module(lib_lists_sort_fun).
-export([start/0]).
%% sort/2 and usort/2 (estdlib): stability, first-of-equal, errors.

start() ->
    ByKey = fun({A, _}, {B, _}) -> A =< B end,
    L = [{3, a}, {1, b}, {2, c}, {1, d}, {3, e}, {2, f}, {1, g}],
    io:format("~w~n", [lists:sort(ByKey, L)]),
    io:format("~w~n", [lists:sort(ByKey, lists:reverse(L))]),
    io:format("~w~n", [lists:usort(ByKey, L)]),
    io:format("~w~n", [lists:usort(ByKey, lists:reverse(L))]),
    Desc = fun(A, B) -> A >= B end,
    io:format("~w~n", [lists:sort(Desc, [3, 1, 4, 1, 5, 9, 2, 6])]),
    io:format("~w~n", [lists:usort(Desc, [3, 1, 4, 1, 5, 9, 2, 6])]),
    io:format("~w~n", [{lists:sort(Desc, []), lists:sort(Desc, [x]), lists:usort(Desc, [x])}]),
    %% Ordering on part of the term: equal elements keep their order.
    Len = fun(A, B) -> length(A) =< length(B) end,
    Words = ["ccc", "a", "bb", "b", "aaa", "", "cc", "c"],
    io:format("~p~n", [lists:sort(Len, Words)]),
    io:format("~p~n", [lists:usort(Len, Words)]),
    io:format("~w~n", [t(fun() -> lists:sort(not_a_fun, []) end)]),
    io:format("~w~n", [t(fun() -> lists:sort(not_a_fun, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:usort(not_a_fun, [1, 2]) end)]),
    io:format("~w~n", [t(fun() -> lists:sort(fun(_, _) -> perhaps end, [1, 2]) end)]),
    io:format("~w~n", [t(fun() -> lists:sort(Desc, x) end)]),
    io:format("~w~n", [t(fun() -> lists:sort(Desc, [a | b]) end)]),
    io:format("~w~n", [t(fun() -> lists:usort(Desc, x) end)]),
    io:format("~w~n", [kind(t(fun() -> lists:sort(not_a_fun, [1, 2]) end))]),
    io:format("~w~n", [kind(t(fun() -> lists:sort(fun(X) -> X end, [1, 2]) end))]),
    Long = [{(I * 7919) rem 101, I} || I <- lists:seq(1, 20000)],
    S = lists:sort(ByKey, Long),
    io:format("~w~n", [{length(S), lists:sublist(S, 4), stable(S)}]),
    U = lists:usort(ByKey, Long),
    io:format("~w~n", [{length(U), lists:sublist(U, 4)}]),
    ok.

%% Same keys in increasing order of their second element.
stable([{K, A}, {K, B} | T]) when A < B -> stable([{K, B} | T]);
stable([{K, _}, {K, _} | _]) -> false;
stable([_ | T]) -> stable(T);
stable([]) -> true.

kind({error, {Reason, _}}) -> Reason;
kind(Other) -> Other.

t(F) ->
    try F() catch C:R -> {C, R} end.
