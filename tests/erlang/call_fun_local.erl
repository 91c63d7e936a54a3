-module(call_fun_local).
-export([start/0]).
%% `fun name/Arity` references to local functions, called directly and passed on.

start() ->
    F = fun sq/1,
    G = fun add/2,
    H = fun nothing/0,
    io:format("~w~n", [F(9)]),
    io:format("~w~n", [G(2, 3)]),
    io:format("~w~n", [H()]),
    io:format("~w~n", [lists:map(fun sq/1, [1, 2, 3])]),
    io:format("~w~n", [lists:foldl(fun add/2, 0, [1, 2, 3, 4])]),
    io:format("~w~n", [twice(fun sq/1, 3)]),
    io:format("~w~n", [is_function(F, 1)]),
    io:format("~w~n", [{arity, 2} =:= erlang:fun_info(G, arity)]).

sq(X) -> X * X.
add(A, B) -> A + B.
nothing() -> nothing.
twice(F, X) -> F(F(X)).
