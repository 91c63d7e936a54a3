-module(exc_badmap).
-export([start/0]).
%% {badmap, Term} from map operations applied to non-maps.

start() ->
    io:format("~w~n", [t(fun() -> (id(not_a_map))#{a => 1} end)]),
    io:format("~w~n", [t(fun() -> (id([1]))#{a := 1} end)]),
    io:format("~w~n", [t(fun() -> maps:get(a, id({a, 1})) end)]),
    io:format("~w~n", [t(fun() -> map_get(a, id(42)) end)]),
    io:format("~w~n", [t(fun() -> maps:put(a, 1, id(<<>>)) end)]),
    io:format("~w~n", [t(fun() -> maps:keys(id(x)) end)]),
    io:format("~w~n", [t(fun() -> map_size(id(x)) end)]),
    io:format("~w~n", [t(fun() -> (id(#{}))#{a => 1} end)]).

id(X) -> X.

t(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.
