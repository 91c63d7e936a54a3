-module(lib_lists_keysearch).
-export([start/0]).
%% keymember/3, keysearch/3 (estdlib), keyfind/3 (BIF) and keydelete/3.

start() ->
    L = [{a, 1}, {b, 2, extra}, notatuple, {}, {c, 3}, {b, 4}],
    io:format("~w~n", [[lists:keymember(K, 1, L) || K <- [a, b, c, d]]]),
    io:format("~w~n", [[lists:keymember(K, 2, L) || K <- [1, 2, 3, 4, 5]]]),
    io:format("~w~n", [[lists:keysearch(K, 1, L) || K <- [a, b, d]]]),
    io:format("~w~n", [[lists:keyfind(K, 1, L) || K <- [a, b, d]]]),
    io:format("~w~n", [lists:keysearch(extra, 3, L)]),
    io:format("~w~n", [lists:keymember(x, 9, L)]),
    io:format("~w~n", [[lists:keysearch(a, 1, []), lists:keymember(a, 1, [])]]),
    io:format("~w~n", [t(fun() -> lists:keymember(a, 0, L) end)]),
    io:format("~w~n", [t(fun() -> lists:keysearch(a, 0, L) end)]),
    io:format("~w~n", [t(fun() -> lists:keymember(a, 1, x) end)]),
    io:format("~w~n", [t(fun() -> lists:keysearch(a, x, L) end)]),
    io:format("~w~n", [t(fun() -> lists:keymember(z, 1, [{a} | x]) end)]),
    io:format("~w~n", [lists:keydelete(b, 1, L)]),
    io:format("~w~n", [lists:keydelete(zz, 1, L)]),
    io:format("~w~n", [lists:keydelete(3, 2, L)]),
    io:format("~w~n", [lists:keydelete(a, 1, [])]),
    io:format("~w~n", [t(fun() -> lists:keydelete(a, 0, L) end)]),
    io:format("~w~n", [t(fun() -> lists:keydelete(z, 1, [{a} | x]) end)]),
    io:format("~w~n", [lists:keydelete(a, 1, [{a} | x])]),
    Big = [{I, I * I} || I <- lists:seq(1, 20000)],
    io:format("~w~n", [{lists:keysearch(19999, 1, Big), lists:keymember(400000000, 2, Big)}]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
