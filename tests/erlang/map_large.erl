-module(map_large).
-export([start/0]).
%% Maps with more than 32 keys (hash maps in OTP): insert, lookup, update, remove, compare.

start() ->
    M = maps:from_list([{I, I * I} || I <- lists:seq(1, 1000)]),
    io:format("~w~n", [map_size(M)]),
    io:format("~w ~w ~w~n", [maps:get(1, M), maps:get(500, M), maps:get(1000, M)]),
    io:format("~w~n", [maps:find(1001, M)]),
    M2 = lists:foldl(fun(I, Acc) -> Acc#{I := 0} end, M, lists:seq(1, 1000, 2)),
    io:format("~w~n", [lists:sum(maps:values(M2))]),
    M3 = maps:without(lists:seq(1, 990), M),
    io:format("~w~n", [lists:sort(maps:to_list(M3))]),
    Built = lists:foldl(fun(I, Acc) -> Acc#{{key, I} => I} end, #{}, lists:seq(1, 200)),
    io:format("~w~n", [map_size(Built)]),
    io:format("~w~n", [lists:sort(maps:keys(Built)) =:= [{key, I} || I <- lists:seq(1, 200)]]),
    io:format("~w~n", [Built =:= maps:from_list([{{key, I}, I} || I <- lists:seq(200, 1, -1)])]),
    Atoms = maps:from_list([{list_to_atom("k" ++ integer_to_list(I)), I} || I <- lists:seq(1, 40)]),
    io:format("~w~n", [{maps:get(k1, Atoms), maps:get(k40, Atoms), map_size(Atoms)}]),
    #{k33 := V33} = Atoms,
    io:format("~w~n", [V33]),
    io:format("~w~n", [maps:fold(fun(_, V, Acc) -> V + Acc end, 0, Atoms)]).
