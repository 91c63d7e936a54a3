-module(lib_lists_predicates).
-export([start/0]).
%% all/2, any/2, search/2, takewhile/2, dropwhile/2, splitwith/2 (estdlib).

start() ->
    Small = fun(X) -> X < 3 end,
    L = [1, 2, 3, 1, 5],
    io:format("~w~n", [{lists:all(Small, L), lists:all(Small, [1, 2]), lists:all(Small, [])}]),
    io:format("~w~n", [{lists:any(Small, L), lists:any(Small, [5, 6]), lists:any(Small, [])}]),
    io:format("~w~n", [{lists:search(fun(X) -> X > 2 end, L), lists:search(Small, []), lists:search(fun(X) -> X > 9 end, L)}]),
    io:format("~w~n", [{lists:takewhile(Small, L), lists:takewhile(Small, []), lists:takewhile(Small, [1, 2])}]),
    io:format("~w~n", [{lists:dropwhile(Small, L), lists:dropwhile(Small, []), lists:dropwhile(Small, [1, 2])}]),
    io:format("~w~n", [{lists:splitwith(Small, L), lists:splitwith(Small, []), lists:splitwith(Small, [7])}]),
    %% Short-circuit: the predicate is not called after the answer is known.
    io:format("~w~n", [lists:all(fun(X) -> X < 3 end, [1, 5, {not_a_number}])]),
    io:format("~w~n", [lists:any(fun(X) -> X > 3 end, [1, 5 | improper])]),
    io:format("~w~n", [lists:takewhile(Small, [1, 7 | improper])]),
    io:format("~w~n", [lists:dropwhile(Small, [1, 7 | improper])]),
    io:format("~w~n", [lists:splitwith(Small, [1, 7 | improper])]),
    io:format("~w~n", [lists:search(Small, [1 | improper])]),
    io:format("~w~n", [t(fun() -> lists:all(Small, x) end)]),
    io:format("~w~n", [t(fun() -> lists:all(Small, [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:all(fun(_) -> yes end, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:any(Small, x) end)]),
    io:format("~w~n", [t(fun() -> lists:any(fun(_) -> 0 end, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:any(not_a_fun, []) end)]),
    io:format("~w~n", [t(fun() -> lists:search(Small, x) end)]),
    io:format("~w~n", [t(fun() -> lists:search(fun(_) -> nil end, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:takewhile(Small, [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:takewhile(fun(_) -> x end, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:dropwhile(Small, [1 | x]) end)]),
    io:format("~w~n", [t(fun() -> lists:dropwhile(not_a_fun, [1]) end)]),
    io:format("~w~n", [t(fun() -> lists:splitwith(Small, x) end)]),
    io:format("~w~n", [t(fun() -> lists:splitwith(fun(_) -> [] end, [1]) end)]),
    N = 50000,
    Seq = lists:seq(1, N),
    io:format("~w~n", [{lists:all(fun(X) -> X > 0 end, Seq), lists:any(fun(X) -> X =:= N end, Seq)}]),
    {Lo, Hi} = lists:splitwith(fun(X) -> X =< 30000 end, Seq),
    io:format("~w~n", [{length(Lo), hd(Hi), length(lists:takewhile(fun(X) -> X < 40000 end, Seq))}]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
