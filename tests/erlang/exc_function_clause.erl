-module(exc_function_clause).
-export([start/0, ext/1]).
%% function_clause for local, exported and fun calls; the stack frame names the function and args.

start() ->
    io:format("~w~n", [t(fun() -> f(3) end)]),
    io:format("~w~n", [t(fun() -> f(a) end)]),
    io:format("~w~n", [t(fun() -> ?MODULE:ext({1, 2}) end)]),
    io:format("~w~n", [t(fun() -> (id(fun(1) -> one end))(2) end)]),
    io:format("~w~n", [t(fun() -> lists:nth(0, [a]) end)]),
    try ?MODULE:ext(wrong) catch error:function_clause:St ->
        [{M, F, Args, _} | _] = St,
        io:format("~w ~w ~w~n", [M, F, Args])
    end.

f(1) -> one;
f(2) -> two;
f(X) when is_integer(X), X > 10 -> big.

ext(ok) -> ok.

t(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.

id(X) -> X.
