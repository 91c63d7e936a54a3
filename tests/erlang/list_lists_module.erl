-module(list_lists_module).
-export([start/0]).
%% Common lists functions (they run as ordinary BEAM code of the stdlib).

start() ->
    L = [4, 1, 3, 1, 5, 9, 2, 6],
    io:format("~w~n", [lists:seq(1, 10, 3)]),
    io:format("~w~n", [lists:seq(5, 1, -2)]),
    io:format("~w~n", [lists:nth(3, L)]),
    io:format("~w~n", [lists:nthtail(5, L)]),
    io:format("~w~n", [lists:last(L)]),
    io:format("~w~n", [{lists:member(9, L), lists:member(7, L)}]),
    io:format("~w~n", [lists:sort(L)]),
    io:format("~w~n", [lists:usort(L)]),
    io:format("~w~n", [{lists:sum(L), lists:max(L), lists:min(L)}]),
    io:format("~w~n", [lists:zip([a, b, c], [1, 2, 3])]),
    io:format("~w~n", [lists:unzip([{a, 1}, {b, 2}])]),
    io:format("~w~n", [lists:split(3, L)]),
    io:format("~w~n", [lists:sublist(L, 2, 3)]),
    io:format("~w~n", [lists:delete(1, L)]),
    io:format("~w~n", [lists:duplicate(4, x)]),
    io:format("~w~n", [lists:takewhile(fun(X) -> X < 5 end, L)]),
    io:format("~w~n", [lists:dropwhile(fun(X) -> X < 5 end, L)]),
    io:format("~w~n", [lists:splitwith(fun(X) -> X =/= 9 end, L)]),
    io:format("~w~n", [lists:mapfoldl(fun(X, Acc) -> {X * 2, Acc + X} end, 0, [1, 2, 3])]),
    io:format("~w~n", [lists:zipwith(fun(A, B) -> A * B end, [1, 2, 3], [4, 5, 6])]),
    io:format("~w~n", [lists:enumerate([a, b, c])]),
    io:format("~w~n", [lists:prefix([1, 2], [1, 2, 3])]).
