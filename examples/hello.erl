-module(hello).
-export([start/0]).

%% The entry point, by AtomVM's convention: start/0 of the first module.
start() ->
    io:format("Hello, ~s! ~p~n", ["world", [{answer, 6 * 7}, #{lang => erlang}]]).
