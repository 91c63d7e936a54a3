-module(guard_sequences).
-export([start/0]).
%% Guard sequences: `,` (and), `;` (or), multiple guards per clause.

start() ->
    [io:format("~w: ~w ~w~n", [X, range(X), kind(X)]) || X <- [-3, 0, 5, 10, 50, 100, 7.5, x]],
    io:format("~w~n", [both(1, 2)]),
    io:format("~w~n", [both(1, a)]),
    io:format("~w~n", [both(a, b)]).

range(X) when is_integer(X), X < 0 -> negative;
range(X) when X =:= 0; X =:= 100 -> edge;
range(X) when is_integer(X), X > 0, X < 10 -> small;
range(X) when is_integer(X), X >= 10, X < 100 -> medium;
range(_) -> other.

kind(X) when is_atom(X); is_float(X) -> atom_or_float;
kind(X) when X rem 2 =:= 0 -> even;
kind(_) -> odd.

both(A, B) when is_integer(A), is_integer(B) -> ints;
both(A, B) when is_integer(A); is_integer(B) -> one_int;
both(_, _) -> none.
