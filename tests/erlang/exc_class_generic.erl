-module(exc_class_generic).
-export([start/0]).
%% Catching with a variable class (Class:Reason) and with wildcards (_:_).

start() ->
    Gens = [fun() -> throw(t) end, fun() -> error(e) end, fun() -> exit(x) end,
            fun() -> {ok, v} = id(nope) end, fun() -> fine end],
    [io:format("~w~n", [any_class(G)]) || G <- Gens],
    [io:format("~w~n", [wild(G)]) || G <- Gens],
    io:format("~w~n", [only_exit_and_throw(fun() -> exit(x) end)]),
    io:format("~w~n", [try only_exit_and_throw(fun() -> error(e) end) catch error:E -> {passed_through, E} end]).

id(X) -> X.

any_class(F) ->
    try F() of V -> {value, V} catch Class:Reason -> {Class, Reason} end.

wild(F) ->
    try F() catch _:_ -> caught_something end.

only_exit_and_throw(F) ->
    try F() catch exit:R -> {exit, R}; throw:R -> {throw, R} end.
