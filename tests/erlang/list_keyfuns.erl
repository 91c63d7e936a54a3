-module(list_keyfuns).
-export([start/0]).
%% Key-value list functions: keyfind, keymember, keystore, keydelete, keyreplace, proplists.

start() ->
    KV = [{a, 1}, {b, 2}, {c, 3}, {b, 4}],
    io:format("~w~n", [lists:keyfind(b, 1, KV)]),
    io:format("~w~n", [lists:keyfind(z, 1, KV)]),
    io:format("~w~n", [lists:keyfind(3, 2, KV)]),
    io:format("~w~n", [lists:keymember(c, 1, KV)]),
    io:format("~w~n", [lists:keystore(b, 1, KV, {b, 20})]),
    io:format("~w~n", [lists:keystore(d, 1, KV, {d, 5})]),
    io:format("~w~n", [lists:keydelete(b, 1, KV)]),
    io:format("~w~n", [lists:keyreplace(a, 1, KV, {a, 100})]),
    io:format("~w~n", [lists:keytake(c, 1, KV)]),
    io:format("~w~n", [proplists:get_value(b, KV)]),
    io:format("~w~n", [proplists:get_value(z, KV, default)]),
    io:format("~w~n", [proplists:get_all_values(b, KV)]),
    io:format("~w~n", [proplists:get_bool(debug, [debug, {x, 1}])]),
    io:format("~w~n", [lists:keyfind(1, 1, [{1, a, b}, {2, c}])]).
