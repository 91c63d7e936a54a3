-module(exc_badarity).
-export([start/0]).
%% {badarity, {Fun, Args}} when a fun is called with the wrong number of arguments.

start() ->
    F = fun(X) -> X end,
    io:format("~w~n", [t(fun() -> (id(F))() end, F)]),
    io:format("~w~n", [t(fun() -> (id(F))(1, 2) end, F)]),
    G = fun(A, B) -> A + B end,
    io:format("~w~n", [t(fun() -> apply(G, [1]) end, G)]),
    io:format("~w~n", [t(fun() -> (id(G))(1, 2) end, G)]),
    E = fun lists:reverse/1,
    io:format("~w~n", [t(fun() -> (id(E))([1], [2], [3]) end, E)]).

id(X) -> X.

%% the reason contains the fun itself; print it with the fun replaced by a marker
t(Body, Fun) ->
    try Body() of V -> {ok, V} catch
        error:{badarity, {Fun, Args}} -> {badarity, the_fun, Args};
        error:Other -> {other, Other}
    end.
