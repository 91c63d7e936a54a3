-module(guard_types_containers).
-export([start/0]).
%% is_tuple / is_list / is_map / is_binary / is_bitstring on all shapes.

start() ->
    Terms = [{}, {a}, {a, b, c}, [], [a], [a | b], "str", #{}, #{a => 1},
             <<>>, <<1, 2>>, <<1:3>>, 1, a],
    [io:format("~w ~w ~w ~w ~w~n",
               [is_tuple(T), is_list(T), is_map(T), is_binary(T), is_bitstring(T)]) || T <- Terms],
    io:format("~w~n", [[g(T) || T <- Terms]]).

g(T) when is_tuple(T) -> t;
g(T) when is_list(T) -> l;
g(T) when is_map(T) -> m;
g(T) when is_binary(T) -> b;
g(T) when is_bitstring(T) -> bs;
g(_) -> o.
