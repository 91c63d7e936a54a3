-module(exc_badmatch).
-export([start/0]).
%% {badmatch, Value} from failed = matches of several shapes.

start() ->
    io:format("~w~n", [t(fun() -> 1 = id(2) end)]),
    io:format("~w~n", [t(fun() -> {a, _} = id({b, c}) end)]),
    io:format("~w~n", [t(fun() -> [_, _] = id([1, 2, 3]) end)]),
    io:format("~w~n", [t(fun() -> {ok, V} = id(error), V end)]),
    io:format("~w~n", [t(fun() -> X = id(1), X = id(1.0) end)]),
    io:format("~w~n", [t(fun() -> <<1, _/binary>> = id(<<2, 3>>) end)]),
    io:format("~w~n", [t(fun() -> #{k := _} = id(#{j => 1}) end)]),
    io:format("~w~n", [t(fun() -> "abc" ++ _ = id("abd") end)]),
    io:format("~w~n", [t(fun() -> {ok, W} = id({ok, 5}), W end)]).

id(X) -> X.

t(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.
