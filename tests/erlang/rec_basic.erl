-module(rec_basic).
-export([start/0]).
%% Records: creation, field access, update, records are tagged tuples.

-record(user, {id, name, email}).

start() ->
    U = #user{id = 1, name = "ann", email = "a@x"},
    io:format("~p~n", [U]),
    io:format("~w ~p~n", [U#user.id, U#user.name]),
    U2 = U#user{name = "bob"},
    io:format("~p~n", [U2]),
    io:format("~p~n", [U]),
    U3 = U2#user{id = 2, email = none},
    io:format("~p~n", [U3]),
    io:format("~w~n", [element(1, U)]),
    io:format("~w~n", [tuple_size(U)]),
    io:format("~w~n", [U =:= {user, 1, "ann", "a@x"}]),
    io:format("~w~n", [[X#user.id || X <- [U, U2, U3]]]).
