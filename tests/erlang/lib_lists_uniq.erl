-module(lib_lists_uniq).
-export([start/0]).
%% uniq/1,2 (estdlib, OTP 25): first occurrence kept, original order.

start() ->
    io:format("~w~n", [lists:uniq([3, 1, 3, 2, 1, 3])]),
    io:format("~w~n", [lists:uniq([])]),
    io:format("~w~n", [lists:uniq([a])]),
    io:format("~w~n", [lists:uniq([{a}, [a], a, "a", {a}, [a], a, [97]])]),
    io:format("~w~n", [lists:uniq([[], [], {}, {}, [[]]])]),
    io:format("~w~n", [lists:uniq(fun({K, _}) -> K end, [{a, 1}, {b, 2}, {a, 3}, {c, 4}, {b, 5}])]),
    io:format("~w~n", [lists:uniq(fun(X) -> X rem 3 end, lists:seq(1, 10))]),
    io:format("~w~n", [lists:uniq(fun(_) -> same end, [z, y, x])]),
    io:format("~w~n", [lists:uniq(fun(X) -> X end, [])]),
    put(calls, []),
    io:format("~w~n", [lists:uniq(fun(X) -> put(calls, [X | get(calls)]), X div 2 end, [5, 4, 3, 2, 1])]),
    io:format("~w~n", [lists:reverse(get(calls))]),
    io:format("~w~n", [t(fun() -> lists:uniq(x) end)]),
    io:format("~w~n", [t(fun() -> lists:uniq([a, b | c]) end)]),
    io:format("~w~n", [t(fun() -> lists:uniq(not_a_fun, [a]) end)]),
    io:format("~w~n", [t(fun() -> lists:uniq(fun(X) -> X end, [a | c]) end)]),
    Long = [(I * 7919) rem 1000 || I <- lists:seq(1, 20000)],
    U = lists:uniq(Long),
    io:format("~w~n", [{length(U), lists:sublist(U, 6), lists:last(U)}]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
