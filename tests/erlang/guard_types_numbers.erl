-module(guard_types_numbers).
-export([start/0]).
%% is_integer / is_float / is_number on every kind of term.

start() ->
    Terms = [0, -1, 1 bsl 70, -(1 bsl 70), 1.0, -0.5, a, "1", <<1>>, {1}, [1], #{}, self()],
    [io:format("~w ~w ~w~n", [is_integer(T), is_float(T), is_number(T)]) || T <- Terms],
    io:format("~w~n", [[g(T) || T <- Terms]]).

g(T) when is_integer(T) -> i;
g(T) when is_float(T) -> f;
g(T) when is_number(T) -> n;
g(_) -> x.
