-module(exc_badarith).
-export([start/0]).
%% badarith from arithmetic in function bodies and its stack frame (erlang operator).

start() ->
    io:format("~w~n", [t(fun() -> add(1, x) end)]),
    io:format("~w~n", [t(fun() -> divide(1, 0) end)]),
    io:format("~w~n", [t(fun() -> add(1, 2) end)]),
    try add(id(a), 1) catch error:badarith:St ->
        [{M, F, A, _} | _] = St,
        io:format("~w ~w ~w~n", [M, F, A])
    end.

id(X) -> X.
add(A, B) -> A + B.
divide(A, B) -> A div B.

t(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.
