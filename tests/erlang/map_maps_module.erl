-module(map_maps_module).
-export([start/0]).
%% maps:get/2,3, put, find, remove, keys/values (sorted), to_list/from_list, merge, update_with.
%% Maps with several keys are printed through show/1 (below).

start() ->
    M = maps:from_list([{c, 3}, {a, 1}, {b, 2}]),
    io:format("~w~n", [show(M)]),
    io:format("~w~n", [maps:get(a, M)]),
    io:format("~w~n", [maps:get(z, M, default)]),
    io:format("~w~n", [maps:find(b, M)]),
    io:format("~w~n", [maps:find(z, M)]),
    io:format("~w~n", [show(maps:put(d, 4, M))]),
    io:format("~w~n", [show(maps:remove(a, M))]),
    io:format("~w~n", [show(maps:remove(zz, M))]),
    io:format("~w~n", [lists:sort(maps:keys(M))]),
    io:format("~w~n", [lists:sort(maps:values(M))]),
    io:format("~w~n", [lists:sort(maps:to_list(M))]),
    io:format("~w~n", [maps:size(M)]),
    io:format("~w~n", [maps:is_key(c, M)]),
    io:format("~w~n", [show(maps:merge(M, #{a => 100, e => 5}))]),
    io:format("~w~n", [show(maps:update_with(a, fun(V) -> V + 1 end, M))]),
    io:format("~w~n", [show(maps:update_with(q, fun(V) -> V + 1 end, 0, M))]),
    io:format("~w~n", [show(maps:map(fun(_K, V) -> V * 10 end, M))]),
    io:format("~w~n", [show(maps:filter(fun(_K, V) -> V > 1 end, M))]),
    io:format("~w~n", [show(maps:with([a, c], M))]),
    io:format("~w~n", [show(maps:without([a, c], M))]),
    io:format("~w~n", [show(maps:from_list([{k, 1}, {k, 2}]))]),
    io:format("~w~n", [maps:new()]).

%% Maps are printed as {'#{}', SortedPairs}: OTP 26+ prints a map with several atom keys
%% in an order that depends on when the atoms were created, which varies between runs.
show(M) when is_map(M) -> {'#{}', [{show(K), show(V)} || {K, V} <- lists:sort(maps:to_list(M))]};
show([H | T]) -> [show(H) | show(T)];
show(T) when is_tuple(T) -> list_to_tuple(show(tuple_to_list(T)));
show(X) -> X.
