-module(exc_try_clause).
-export([start/0]).
%% {try_clause, Value} when no clause of `try ... of` matches.

start() ->
    io:format("~w~n", [outer(fun() -> tc(1) end)]),
    io:format("~w~n", [outer(fun() -> tc(2) end)]),
    io:format("~w~n", [outer(fun() -> tc(3) end)]),
    io:format("~w~n", [outer(fun() -> tc(throw) end)]).

tc(X) ->
    try val(X) of
        one -> matched_one;
        two -> matched_two
    catch
        throw:T -> {caught, T}
    end.

val(1) -> one;
val(2) -> two;
val(3) -> {three};
val(throw) -> throw(thrown).

outer(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.
