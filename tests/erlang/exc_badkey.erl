-module(exc_badkey).
-export([start/0]).
%% {badkey, Key} from := updates, map_get and maps:get/2, maps:update.

start() ->
    M = #{a => 1},
    io:format("~w~n", [t(fun() -> (id(M))#{b := 2} end)]),
    io:format("~w~n", [t(fun() -> (id(M))#{a := 2} end)]),
    io:format("~w~n", [t(fun() -> map_get(zz, id(M)) end)]),
    io:format("~w~n", [t(fun() -> maps:get({k}, id(M)) end)]),
    io:format("~w~n", [t(fun() -> maps:update(nope, 1, id(M)) end)]),
    io:format("~w~n", [t(fun() -> maps:get(a, id(M)) end)]),
    io:format("~w~n", [t(fun() -> (id(M))#{a := 1, c := 3} end)]).

id(X) -> X.

t(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.
