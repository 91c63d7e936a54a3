-module(exc_try_exit).
-export([start/0]).
-compile(nowarn_deprecated_catch). % `catch Expr` is deprecated in OTP 29; tested on purpose
%% exit/1 inside the current process caught as class exit.

start() ->
    io:format("~w~n", [t(fun() -> exit(bye) end)]),
    io:format("~w~n", [t(fun() -> exit({shutdown, reason}) end)]),
    io:format("~w~n", [t(fun() -> exit(normal) end)]),
    io:format("~w~n", [t(fun() -> erlang:exit(123) end)]),
    io:format("~w~n", [classify(fun() -> exit(e) end)]),
    io:format("~w~n", [classify(fun() -> error(e) end)]),
    io:format("~w~n", [classify(fun() -> throw(e) end)]),
    {'EXIT', Why} = (catch exit(via_catch)),
    io:format("~w~n", [Why]).

t(F) ->
    try F() catch exit:R -> {exited, R} end.

classify(F) ->
    try F() catch
        exit:R -> {exit, R};
        error:R -> {error, R};
        throw:R -> {throw, R}
    end.
