-module(map_get_is_key).
-export([start/0]).
%% map_get/2 and is_map_key/2 in bodies and guards.

start() ->
    M = #{a => 1, b => undefined, {k} => [v]},
    io:format("~w~n", [[is_map_key(K, M) || K <- [a, b, c, {k}]]]),
    io:format("~w~n", [map_get(a, M)]),
    io:format("~w~n", [map_get({k}, M)]),
    io:format("~w~n", [map_get(b, M)]),
    io:format("~w~n", [[g(X) || X <- [#{a => 5}, #{a => 50}, #{b => 1}, #{}, x]]]),
    io:format("~w~n", [try is_map_key(a, id(notmap)) catch error:E -> E end]).

id(X) -> X.

g(M) when is_map_key(a, M), map_get(a, M) > 10 -> big_a;
g(M) when is_map_key(a, M) -> small_a;
g(M) when is_map(M), map_size(M) > 0 -> other_keys;
g(M) when is_map(M) -> empty;
g(_) -> not_map.
