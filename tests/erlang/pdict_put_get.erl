-module(pdict_put_get).
-export([start/0]).
%% put/2 returns the old value, get/1 returns undefined for missing keys.

start() ->
    io:format("~w~n", [get(counter)]),
    io:format("~w~n", [put(counter, 1)]),
    io:format("~w~n", [put(counter, 2)]),
    io:format("~w~n", [get(counter)]),
    put({tuple, key}, "value"),
    io:format("~p~n", [get({tuple, key})]),
    put(42, [a, b]),
    io:format("~w~n", [get(42)]),
    [put({n, I}, I * I) || I <- lists:seq(1, 100)],
    io:format("~w~n", [lists:sum([get({n, I}) || I <- lists:seq(1, 100)])]),
    io:format("~w~n", [count(10000)]),
    io:format("~w~n", [get(loop)]).

count(0) -> get(loop);
count(N) ->
    put(loop, case get(loop) of undefined -> 1; V -> V + 1 end),
    count(N - 1).
