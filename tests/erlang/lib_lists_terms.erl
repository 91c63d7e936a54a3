-module(lib_lists_terms).
-export([start/0]).
%% Sorting and comparing functions over nested and unusual terms:
%% bignums, negative numbers, deep tuples and lists, improper lists,
%% atoms with odd names.

start() ->
    Terms = [{a, [1, {2}]}, {a, [1, {1}]}, {a, [1]}, [x | y], [x, y], [x], [[]], [[[]]],
             -(1 bsl 100), 1 bsl 100, -1, 0, 1, 'Z', 'a b', '', [], {}, {{}}, {[], []},
             "hello", "help", [104, 101, 108], {1, 2, 3}, {1, 2, 4}, {0, 9}],
    Sorted = lists:sort(Terms),
    io:format("~w~n", [Sorted]),
    io:format("~w~n", [lists:usort(Terms ++ lists:reverse(Terms)) =:= Sorted]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A >= B end, Terms) =:= lists:reverse(Sorted)]),
    io:format("~w~n", [{lists:min(Terms), lists:max(Terms)}]),
    io:format("~w~n", [lists:keysort(2, [{k, T} || T <- Terms]) =:= [{k, T} || T <- Sorted]]),
    io:format("~w~n", [lists:member({a, [1]}, Terms)]),
    io:format("~w~n", [lists:delete([x | y], Terms) =:= Terms -- [[x | y]]]),
    io:format("~w~n", [lists:uniq([[x | y], [x | y], {[x]}, {[x]}, 1 bsl 100, 1 bsl 100])]),
    io:format("~w~n", [lists:sum([1 bsl 100, -(1 bsl 100), 1 bsl 64, -1])]),
    io:format("~w~n", [lists:seq(-(1 bsl 65), -(1 bsl 65) + 2)]),
    io:format("~w~n", [lists:keyfind(1 bsl 100, 1, [{1 bsl 99}, {1 bsl 100, found}])]),
    io:format("~w~n", [lists:flatten([[x | []], [[y]], {z, [w]}])]),
    ok.
