-module(exc_case_clause).
-export([start/0]).
%% {case_clause, Value} when no case branch matches.

start() ->
    io:format("~w~n", [t(fun() -> c(3) end)]),
    io:format("~w~n", [t(fun() -> c({x, y}) end)]),
    io:format("~w~n", [t(fun() -> c([1 | 2]) end)]),
    io:format("~w~n", [t(fun() -> c(1) end)]),
    io:format("~w~n", [t(fun() -> g(5) end)]),
    io:format("~w~n", [t(fun() -> g(-5) end)]).

c(X) ->
    case X of
        1 -> one;
        2 -> two
    end.

g(X) ->
    case X of
        N when N > 0 -> pos
    end.

t(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.
