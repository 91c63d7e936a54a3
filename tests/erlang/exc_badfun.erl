-module(exc_badfun).
-export([start/0]).
%% {badfun, Term} when calling something that is not a fun.

start() ->
    io:format("~w~n", [t(fun() -> (id(not_a_fun))() end)]),
    io:format("~w~n", [t(fun() -> (id(42))(1) end)]),
    io:format("~w~n", [t(fun() -> (id({m, f}))(1) end)]),
    io:format("~w~n", [t(fun() -> (id([]))(a, b) end)]),
    io:format("~w~n", [t(fun() -> apply(id("str"), []) end)]),
    io:format("~w~n", [t(fun() -> (id(fun() -> fine end))() end)]).

id(X) -> X.

t(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.
