-module(match_repeated_var).
-export([start/0]).
%% Repeated variables in patterns require equal (=:=) subterms.

start() ->
    io:format("~w~n", [[same(A, B) || {A, B} <- [{1, 1}, {1, 2}, {1, 1.0}, {a, a}, {[x], [x]}, {{1, {2}}, {1, {2}}}]]]),
    io:format("~w~n", [[diag(T) || T <- [{1, 1}, {1, 2}, {"s", "s"}]]]),
    io:format("~w~n", [[palin3(L) || L <- [[a, b, a], [a, b, c], [1, 1, 1]]]]),
    X = 5,
    io:format("~w~n", [[case T of {X, Y} -> {hit, Y}; _ -> miss end || T <- [{5, a}, {6, b}, {5.0, c}]]]),
    io:format("~w~n", [count_dups([1, 1, 2, 3, 3, 3, 4])]).

same(A, A) -> same;
same(_, _) -> different.
diag({X, X}) -> true;
diag({_, _}) -> false.
palin3([A, _, A]) -> yes;
palin3(_) -> no.

count_dups([A, A | T]) -> 1 + count_dups([A | T]);
count_dups([_ | T]) -> count_dups(T);
count_dups([]) -> 0.
