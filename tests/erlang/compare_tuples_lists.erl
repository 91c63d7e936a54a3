-module(compare_tuples_lists).
-export([start/0]).
%% Order within tuples (size first, then elements) and lists (lexicographic).

start() ->
    Ts = [{b}, {a, z}, {a, b}, {c}, {}, {1, 2, 3}, {a, b, c}, {0, 0}],
    io:format("~w~n", [lists:sort(Ts)]),
    Ls = [[b], [a, z], [a, b], [a], [], [a, b, c], [1, 2], [1 | 2], [1 | a]],
    io:format("~w~n", [lists:sort(Ls)]),
    io:format("~w~n", [[{1, 2} < {1, 3}, {2} < {1, 1}, [2] > [1, 1], [1, 2] < [1, 2, 3], "abc" < "abd", "b" > "abc"]]),
    io:format("~w~n", [[compare(X, Y) || {X, Y} <- [{{1}, {1}}, {[1], [2]}, {{a, {b}}, {a, {a}}}]]]),
    Strs = ["banana", "apple", "cherry", "app", "b"],
    io:format("~p~n", [lists:sort(Strs)]),
    io:format("~w~n", [lists:usort([3, 1, 2, 3, 1])]).

compare(X, Y) when X < Y -> lt;
compare(X, Y) when X > Y -> gt;
compare(_, _) -> eq.
