-module(exc_try_error).
-export([start/0]).
-compile(nowarn_deprecated_catch). % `catch Expr` is deprecated in OTP 29; tested on purpose
%% try/catch of class error: explicit error/1, BIF errors, class and reason binding.

start() ->
    io:format("~w~n", [t(fun() -> error(my_reason) end)]),
    io:format("~w~n", [t(fun() -> erlang:error({complex, [1, 2]}) end)]),
    io:format("~w~n", [t(fun() -> atom_to_list(id(1)) end)]),
    io:format("~w~n", [t(fun() -> id(1) + id(a) end)]),
    io:format("~w~n", [t(fun() -> no_error end)]),
    io:format("~w~n", [only_errors(fun() -> error(e) end)]),
    io:format("~w~n", [catch only_errors(fun() -> throw(t) end)]),
    R = try error(x) catch error:x -> matched_x; error:_ -> other end,
    io:format("~w~n", [R]).

id(X) -> X.

t(F) ->
    try F() of
        V -> {returned, V}
    catch
        error:Reason -> {caught_error, Reason}
    end.

only_errors(F) ->
    try F() catch error:E -> {error_only, E} end.
