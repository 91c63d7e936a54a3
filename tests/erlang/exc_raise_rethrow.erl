-module(exc_raise_rethrow).
-export([start/0]).
%% erlang:raise/3 rethrows with the original class, reason and stacktrace.

start() ->
    io:format("~w~n", [outer(error, boom)]),
    io:format("~w~n", [outer(throw, ball)]),
    io:format("~w~n", [outer(exit, gone)]),
    %% the stack trace survives the rethrow
    try
        try f1() catch C:R:St -> erlang:raise(C, R, St) end
    catch
        error:R2:St2 ->
            [{M, F, A, _} | _] = St2,
            io:format("~w ~w~n", [R2, {M, F, A}])
    end,
    io:format("~w~n", [try erlang:raise(bad_class, r, []) catch error:E -> E end]).

outer(Class, Reason) ->
    try
        try erlang:raise(Class, Reason, []) catch C:R -> erlang:raise(C, {re, R}, []) end
    catch
        C2:R2 -> {C2, R2}
    end.

f1() -> [f2()].
f2() -> error(from_f2).
