-module(proc_register).
-export([start/0]).
%% register/2, unregister/1, whereis/1, registered/0, send by name, errors.

start() ->
    Parent = self(),
    P = spawn(fun() -> loop(Parent) end),
    io:format("~w~n", [whereis(my_server)]),
    io:format("~w~n", [register(my_server, P)]),
    io:format("~w~n", [whereis(my_server) =:= P]),
    io:format("~w~n", [lists:member(my_server, registered())]),
    my_server ! {echo, hello},
    receive {echoed, M} -> io:format("~w~n", [M]) end,
    io:format("~w~n", [try register(my_server, self()) catch error:E1 -> E1 end]),
    io:format("~w~n", [try register(other_name, P) catch error:E2 -> E2 end]),
    io:format("~w~n", [try register(undefined, self()) catch error:E3 -> E3 end]),
    io:format("~w~n", [unregister(my_server)]),
    io:format("~w~n", [whereis(my_server)]),
    io:format("~w~n", [try unregister(my_server) catch error:E4 -> E4 end]),
    io:format("~w~n", [try no_such_name ! x catch error:E5 -> E5 end]),
    %% a registered process's name is released when it dies
    register(short_lived, P),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, _} -> ok end,
    io:format("~w~n", [whereis(short_lived)]),
    io:format("~w~n", [register(short_lived, self())]),
    io:format("~w~n", [whereis(short_lived) =:= self()]),
    unregister(short_lived).

loop(Parent) ->
    receive
        {echo, X} -> Parent ! {echoed, X}, loop(Parent);
        stop -> ok
    end.
