-module(exc_if_clause).
-export([start/0]).
%% if_clause when no if branch is true.

start() ->
    io:format("~w~n", [t(fun() -> i(5) end)]),
    io:format("~w~n", [t(fun() -> i(-5) end)]),
    io:format("~w~n", [t(fun() -> i(0) end)]),
    io:format("~w~n", [t(fun() -> i(a) end)]).

i(X) ->
    if
        is_integer(X), X > 0 -> positive;
        is_integer(X), X < 0 -> negative
    end.

t(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.
