-module(pdict_erase_keys).
-export([start/0]).
%% erase/1, erase/0, get/0, get_keys/0, get_keys/1 (results sorted before printing).

start() ->
    [put(K, V) || {K, V} <- [{a, 1}, {b, 2}, {c, 1}, {d, 3}]],
    io:format("~w~n", [lists:sort(get_keys())]),
    io:format("~w~n", [lists:sort(get_keys(1))]),
    io:format("~w~n", [lists:sort(get())]),
    io:format("~w~n", [erase(b)]),
    io:format("~w~n", [erase(b)]),
    io:format("~w~n", [get(b)]),
    io:format("~w~n", [lists:sort(get_keys())]),
    All = erase(),
    io:format("~w~n", [lists:sort(All)]),
    io:format("~w~n", [get()]),
    io:format("~w~n", [get_keys()]),
    put(x, 1),
    io:format("~w~n", [get()]).
