-module(call_apply3).
-export([start/0, add/2, zero/0]).
%% erlang:apply/3 with module, function, args chosen at run time.

add(A, B) -> A + B.
zero() -> 0.

start() ->
    io:format("~w~n", [apply(?MODULE, add, [1, 2])]),
    io:format("~w~n", [apply(?MODULE, zero, [])]),
    io:format("~w~n", [apply(lists, reverse, [[a, b, c]])]),
    io:format("~w~n", [apply(erlang, tuple_size, [{1, 2, 3}])]),
    M = list_to_atom("lists"), F = list_to_atom("sum"),
    io:format("~w~n", [apply(M, F, [[1, 2, 3, 4]])]),
    io:format("~w~n", [erlang:apply(erlang, '+', [40, 2])]),
    io:format("~w~n", [[apply(?MODULE, Fn, Args) || {Fn, Args} <- [{add, [5, 5]}, {zero, []}]]]),
    %% variable module/function call syntax compiles to apply too
    Mod = ?MODULE, Fun = add,
    io:format("~w~n", [Mod:Fun(100, 1)]),
    io:format("~w~n", [tail_apply(3)]).

tail_apply(N) -> apply(?MODULE, add, [N, N]).
