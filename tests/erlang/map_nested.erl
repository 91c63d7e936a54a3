-module(map_nested).
-export([start/0]).
%% Maps inside maps and other containers; deep update; map keys that are maps.

start() ->
    Cfg = #{db => #{host => "h", port => 1}, cache => #{size => 10}},
    io:format("~p~n", [show(Cfg)]),
    #{db := #{port := P}} = Cfg,
    io:format("~w~n", [show(P)]),
    Cfg2 = Cfg#{db := (maps:get(db, Cfg))#{port := 2}},
    io:format("~p~n", [show(Cfg2)]),
    io:format("~w~n", [show([M || #{size := _} = M <- [#{size => 1}, #{}, #{size => 2, x => y}]])]),
    KeyMap = #{#{inner => key} => value},
    io:format("~w~n", [show(maps:get(#{inner => key}, KeyMap))]),
    io:format("~w~n", [show({#{a => [#{b => {#{}}}]}})]),
    io:format("~w~n", [show(update_in(#{a => #{b => #{c => 1}}}, [a, b, c], 99))]).

update_in(M, [K], V) -> M#{K => V};
update_in(M, [K | Rest], V) -> M#{K => update_in(maps:get(K, M, #{}), Rest, V)}.

%% Maps are printed as {'#{}', SortedPairs}: OTP 26+ prints a map with several atom keys
%% in an order that depends on when the atoms were created, which varies between runs.
show(M) when is_map(M) -> {'#{}', [{show(K), show(V)} || {K, V} <- lists:sort(maps:to_list(M))]};
show([H | T]) -> [show(H) | show(T)];
show(T) when is_tuple(T) -> list_to_tuple(show(tuple_to_list(T)));
show(X) -> X.
