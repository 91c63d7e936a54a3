-module(map_guards_bifs).
-export([start/0]).
%% Map BIFs in guards: map_size, is_map, is_map_key, map_get (failing guards fall through
%% instead of raising), on small and large maps and non-maps.

start() ->
    L = maps:from_list([{I, I} || I <- lists:seq(1, 50)]),
    Xs = [#{}, #{a => 1}, #{a => 2, b => 3}, L, [], a, {#{}}],
    [io:format("~w~n", [classify(X)]) || X <- Xs].

classify(M) when map_size(M) > 40, map_get(50, M) =:= 50 -> {large, map_get(1, M)};
classify(M) when is_map_key(b, M), map_get(b, M) > 2 -> has_b;
classify(M) when map_get(a, M) =:= 1 -> a_is_1;
classify(M) when is_map(M), map_size(M) =:= 0 -> empty;
classify(M) when is_map(M) -> other_map;
classify(_) -> not_a_map.
