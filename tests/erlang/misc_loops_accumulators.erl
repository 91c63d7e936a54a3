-module(misc_loops_accumulators).
-export([start/0]).
%% Typical loop shapes: counters, multiple accumulators, early exit, nested loops.

start() ->
    io:format("~w~n", [stats(lists:seq(1, 100), 0, 0, none, none)]),
    io:format("~w~n", [primes(50)]),
    io:format("~w~n", [find_index(7, [3, 5, 7, 9], 1)]),
    io:format("~w~n", [find_index(8, [3, 5, 7, 9], 1)]),
    io:format("~w~n", [table(3)]),
    io:format("~w~n", [digits_sum(1 bsl 100)]),
    io:format("~w~n", [binary_search(list_to_tuple(lists:seq(0, 998, 2)), 500)]),
    io:format("~w~n", [binary_search(list_to_tuple(lists:seq(0, 998, 2)), 501)]).

stats([], Count, Sum, Min, Max) -> {Count, Sum, Min, Max};
stats([H | T], Count, Sum, Min, Max) ->
    stats(T, Count + 1, Sum + H, min_of(H, Min), max_of(H, Max)).
min_of(X, none) -> X;
min_of(X, M) -> min(X, M).
max_of(X, none) -> X;
max_of(X, M) -> max(X, M).

primes(N) -> [P || P <- lists:seq(2, N), is_prime(P, 2)].
is_prime(P, D) when D * D > P -> true;
is_prime(P, D) when P rem D =:= 0 -> false;
is_prime(P, D) -> is_prime(P, D + 1).

find_index(_, [], _) -> not_found;
find_index(X, [X | _], I) -> I;
find_index(X, [_ | T], I) -> find_index(X, T, I + 1).

table(N) -> [[I * J || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].

digits_sum(0) -> 0;
digits_sum(N) -> N rem 10 + digits_sum(N div 10).

binary_search(T, X) -> bs(T, X, 1, tuple_size(T)).
bs(_, _, Lo, Hi) when Lo > Hi -> not_found;
bs(T, X, Lo, Hi) ->
    Mid = (Lo + Hi) div 2,
    case element(Mid, T) of
        X -> {found, Mid};
        V when V < X -> bs(T, X, Mid + 1, Hi);
        _ -> bs(T, X, Lo, Mid - 1)
    end.
