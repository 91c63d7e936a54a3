-module(exc_badrecord).
-export([start/0]).
%% badrecord errors from record field access and update on the wrong term.

-record(person, {name, age}).
-record(pet, {name}).

start() ->
    io:format("~w~n", [t(fun() -> (id(#pet{name = rex}))#person.name end)]),
    io:format("~w~n", [t(fun() -> (id(not_a_record))#person.age end)]),
    io:format("~w~n", [t(fun() -> (id({person, a}))#person{age = 3} end)]),
    io:format("~w~n", [t(fun() -> (id(#person{name = bob, age = 1}))#person.name end)]),
    io:format("~w~n", [t(fun() -> (id(#person{name = bob, age = 1}))#person{age = 2} end)]).

id(X) -> X.

t(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.
