-module(lib_lists_keysort).
-export([start/0]).
%% keysort/2 (stable) and ukeysort/2 (first of equal keys) (estdlib).

start() ->
    L = [{c, 3, x}, {a, 1, y}, {b, 2, z}, {a, 9, w}, {c, 0, v}, {b, 2, u}],
    io:format("~w~n", [lists:keysort(1, L)]),
    io:format("~w~n", [lists:keysort(2, L)]),
    io:format("~w~n", [lists:keysort(3, L)]),
    io:format("~w~n", [lists:ukeysort(1, L)]),
    io:format("~w~n", [lists:ukeysort(2, L)]),
    io:format("~w~n", [lists:keysort(1, lists:reverse(L))]),
    io:format("~w~n", [lists:ukeysort(1, lists:reverse(L))]),
    io:format("~w~n", [{lists:keysort(1, []), lists:keysort(5, [{a}]), lists:keysort(2, [x])}]),
    io:format("~w~n", [{lists:ukeysort(1, []), lists:ukeysort(5, [{a}])}]),
    io:format("~w~n", [lists:keysort(1, [{a, 1}, {a, 2}, {a, 3}])]),
    io:format("~w~n", [lists:ukeysort(1, [{a, 1}, {a, 2}, {a, 3}])]),
    io:format("~w~n", [lists:keysort(1, [{2, x}, {1, y}])]),
    io:format("~w~n", [lists:ukeysort(1, [{2, x}, {1, y}, {2, z}])]),
    io:format("~w~n", [t(fun() -> lists:keysort(0, L) end)]),
    io:format("~w~n", [t(fun() -> lists:keysort(a, L) end)]),
    io:format("~w~n", [t(fun() -> lists:keysort(4, L) end)]),
    io:format("~w~n", [t(fun() -> lists:keysort(1, [{a}, b]) end)]),
    io:format("~w~n", [t(fun() -> lists:keysort(1, x) end)]),
    io:format("~w~n", [t(fun() -> lists:keysort(1, [{a} | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:keysort(1, [{b}, {a} | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:ukeysort(1, [{a}, {b}, c]) end)]),
    io:format("~w~n", [t(fun() -> lists:ukeysort(0, [{a}]) end)]),
    Long = [{(I * 7919) rem 211, I} || I <- lists:seq(1, 20000)],
    S = lists:keysort(1, Long),
    io:format("~w~n", [{length(S), lists:sublist(S, 4), lists:last(S), stable(S)}]),
    U = lists:ukeysort(1, Long),
    io:format("~w~n", [{length(U), lists:sublist(U, 4), lists:last(U)}]),
    ok.

stable([{K, A}, {K, B} | T]) when A < B -> stable([{K, B} | T]);
stable([{K, _}, {K, _} | _]) -> false;
stable([_ | T]) -> stable(T);
stable([]) -> true.

t(F) ->
    try F() catch C:R -> {C, R} end.
