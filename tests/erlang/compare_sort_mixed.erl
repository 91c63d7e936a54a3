-module(compare_sort_mixed).
-export([start/0]).
%% lists:sort / usort / keysort on mixed-type lists.

start() ->
    L = [{b, 2}, "str", 3, a, [], 2.5, {a}, <<"bin">>, [1], -1, z, {a, 1}, 1 bsl 70, #{}],
    io:format("~w~n", [lists:sort(L)]),
    io:format("~w~n", [lists:reverse(lists:sort(L))]),
    io:format("~w~n", [lists:usort([b, a, b, 1, 1.0, 1, c, a])]),
    io:format("~w~n", [lists:keysort(2, [{x, 3}, {y, 1}, {z, 2}, {w, 1}])]),
    io:format("~w~n", [lists:ukeysort(1, [{b, 1}, {a, 2}, {b, 3}])]),
    io:format("~w~n", [lists:max(L)]),
    io:format("~w~n", [lists:min(L)]).
