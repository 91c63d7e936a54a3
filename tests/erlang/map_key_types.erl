-module(map_key_types).
-export([start/0]).
%% Keys of every type in one map, small and large: integers and equal floats are distinct
%% keys, bignums, negative zero, nested maps and tuples as keys, lists, binaries and
%% bitstrings, funs of the same code; lookups with computed keys.

start() ->
    Ks = [1, 1.0, -1, 1 bsl 64, -(1 bsl 64), 0, 0.0, a, "a", <<"a">>, <<1:3>>, {}, {1}, [],
          [1 | 2], #{}, #{1 => 2}, #{1.0 => 2}, {1.0}, 12345678901234567890, 3.14],
    M = maps:from_list([{K, I} || {K, I} <- lists:zip(Ks, lists:seq(1, length(Ks)))]),
    io:format("~w~n", [map_size(M)]),
    io:format("~w~n", [[maps:get(K, M) || K <- Ks]]),
    io:format("~w~n", [[maps:find(K, M) || K <- [2.0 - 1, 1 + 0, id(1 bsl 64), {1 + 0.0}, #{1 => 1 + 1}, <<"a">>, <<1:3>>, <<1:4>>]]]),
    Big = maps:merge(M, maps:from_list([{{pad, I}, I} || I <- lists:seq(1, 40)])),
    io:format("~w~n", [map_size(Big)]),
    io:format("~w~n", [[maps:get(K, Big) || K <- Ks]]),
    io:format("~w~n", [[maps:is_key(K, Big) || K <- [2, 2.0, b, <<"b">>, {2}]]]),
    io:format("~w~n", [lists:sort(maps:keys(M))]).

id(X) -> X.
