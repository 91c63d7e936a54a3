-module(map_basic).
-export([start/0]).
%% Map construction #{}, insertion with =>, literal maps, map_size, map printing.

start() ->
    E = #{},
    io:format("~w ~w~n", [E, map_size(E)]),
    M1 = E#{a => 1},
    M2 = M1#{b => 2, c => 3},
    M3 = M2#{a => 100},
    io:format("~w ~p~n", [M1, M1]),
    io:format("~w~n", [show(M2)]),
    io:format("~w~n", [show(M3)]),
    io:format("~w~n", [show(M2)]),
    K = id(dyn),
    M4 = #{K => 1, {tuple, key} => [list], "str" => <<"bin">>, 1 => one, 1.0 => float_one},
    io:format("~w~n", [show(M4)]),
    io:format("~w~n", [map_size(M4)]),
    io:format("~p~n", [show(#{z => 1, y => 2, x => 3})]),
    %% integer keys print in ascending order on every release
    io:format("~w~n", [#{3 => c, 1 => a, 2 => b}]),
    io:format("~p~n", [#{30 => "thirty", 10 => [ten], 20 => {twenty}}]),
    io:format("~w~n", [is_map(M4)]).

id(X) -> X.

%% Maps are printed as {'#{}', SortedPairs}: OTP 26+ prints a map with several atom keys
%% in an order that depends on when the atoms were created, which varies between runs.
show(M) when is_map(M) -> {'#{}', [{show(K), show(V)} || {K, V} <- lists:sort(maps:to_list(M))]};
show([H | T]) -> [show(H) | show(T)];
show(T) when is_tuple(T) -> list_to_tuple(show(tuple_to_list(T)));
show(X) -> X.
