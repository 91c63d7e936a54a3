-module(lib_lists_keyupdate).
-export([start/0]).
%% keyreplace/4, keystore/4, keytake/3, keymap/3 (estdlib).

start() ->
    L = [{a, 1}, {b, 2}, x, {a, 3}],
    io:format("~w~n", [lists:keyreplace(a, 1, L, {new})]),
    io:format("~w~n", [lists:keyreplace(z, 1, L, {new})]),
    io:format("~w~n", [lists:keyreplace(2, 2, L, {new, 2})]),
    io:format("~w~n", [lists:keyreplace(a, 1, [], {new})]),
    io:format("~w~n", [t(fun() -> lists:keyreplace(a, 1, L, notatuple) end)]),
    io:format("~w~n", [t(fun() -> lists:keyreplace(a, 0, L, {new}) end)]),
    io:format("~w~n", [lists:keystore(b, 1, L, {b, new})]),
    io:format("~w~n", [lists:keystore(z, 1, L, {z, new})]),
    io:format("~w~n", [lists:keystore(z, 1, [], {z})]),
    io:format("~w~n", [t(fun() -> lists:keystore(a, 1, L, [notatuple]) end)]),
    io:format("~w~n", [t(fun() -> lists:keystore(a, a, L, {a}) end)]),
    io:format("~w~n", [lists:keytake(a, 1, L)]),
    io:format("~w~n", [lists:keytake(3, 2, L)]),
    io:format("~w~n", [lists:keytake(z, 1, L)]),
    io:format("~w~n", [lists:keytake(z, 1, [])]),
    io:format("~w~n", [t(fun() -> lists:keytake(z, -1, L) end)]),
    io:format("~w~n", [t(fun() -> lists:keytake(z, 1, [{a} | b]) end)]),
    io:format("~w~n", [lists:keymap(fun(X) -> X * 10 end, 2, [{a, 1}, {b, 2, c}])]),
    io:format("~w~n", [lists:keymap(fun(X) -> {X} end, 1, [])]),
    io:format("~w~n", [t(fun() -> lists:keymap(fun(X) -> X end, 3, [{a, 1}]) end)]),
    io:format("~w~n", [t(fun() -> lists:keymap(fun(X) -> X end, 0, []) end)]),
    io:format("~w~n", [t(fun() -> lists:keymap(not_a_fun, 1, []) end)]),
    io:format("~w~n", [t(fun() -> lists:keymap(fun(X) -> X end, 1, [x]) end)]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
