-module(map_compare_sort).
-export([start/0]).
%% Term order of maps: by size first, then by keys in term order, then values; maps vs
%% other types; == vs =:= with integer/float keys and values; sorting lists of maps,
%% including large maps.

start() ->
    Ms = [#{}, #{1 => a}, #{1 => b}, #{2 => a}, #{1 => a, 2 => b}, #{1.0 => a}, #{a => 1},
          #{1 => 1.0}, #{1 => 1}, #{<<"x">> => 1}, #{{1} => 1}, #{1 => a, 3 => a},
          maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
          maps:from_list([{I, I} || I <- lists:seq(2, 41)]),
          maps:from_list([{I, -I} || I <- lists:seq(1, 40)])],
    S = lists:sort(Ms),
    io:format("~w~n", [[map_size(M) || M <- S]]),
    io:format("~w~n", [[lists:sort(maps:to_list(M)) || M <- S, map_size(M) < 3]]),
    io:format("~w~n", [[A < B || A <- Ms, B <- Ms]]),
    io:format("~w~n", [[A == B || A <- Ms, B <- Ms]]),
    io:format("~w~n", [[A =:= B || A <- Ms, B <- Ms]]),
    io:format("~w~n", [[#{} > X || X <- [1, a, {}, [], <<>>, {a, b, c, d}, 1.0]]]),
    io:format("~w ~w~n", [#{1 => 1} == #{1 => 1.0}, #{1 => 1} == #{1.0 => 1}]),
    io:format("~w~n", [#{a => 1, b => 2} < #{a => 1, c => 0}]),
    io:format("~w~n", [#{a => 2} < #{b => 1}]),
    io:format("~w~n", [#{1 => z} < #{a => a}]).
