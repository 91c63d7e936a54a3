-module(map_nested_deep).
-export([start/0]).
%% Maps nested 200 deep and maps holding large values (lists, binaries, other maps),
%% updated in place along a path; equality and printing of the nested result.

start() ->
    D = deep(200),
    io:format("~w~n", [depth(D, 0)]),
    D2 = set_path(lists:duplicate(199, 2), D, leaf),
    io:format("~w~n", [get_path(lists:duplicate(199, 2), D2)]),
    io:format("~w~n", [D2 =:= D]),
    Small = deep(3),
    io:format("~w~n", [Small]),
    V = #{list => lists:seq(1, 20), bin => list_to_binary(lists:seq(1, 20)), map => #{x => #{y => z}}},
    io:format("~w~n", [lists:sort(maps:to_list(V))]).

deep(0) -> #{};
deep(N) -> #{1 => N, 2 => deep(N - 1)}.
depth(#{2 := N}, A) -> depth(N, A + 1);
depth(_, A) -> A.
set_path([], _, V) -> V;
set_path([K | T], M, V) -> M#{K := set_path(T, maps:get(K, M), V)}.
get_path([], V) -> V;
get_path([K | T], M) -> get_path(T, maps:get(K, M)).
