-module(exc_undef).
-export([start/0, exists/0]).
%% undef for missing functions, wrong arities and missing modules; the stack frame names them.

exists() -> yes.

start() ->
    io:format("~w~n", [t(fun() -> ?MODULE:exists() end)]),
    io:format("~w~n", [t(fun() -> ?MODULE:does_not_exist() end)]),
    io:format("~w~n", [t(fun() -> ?MODULE:exists(1) end)]),
    io:format("~w~n", [t(fun() -> no_such_module_xyz:f(1, 2) end)]),
    io:format("~w~n", [t(fun() -> apply(no_such_module_xyz, g, []) end)]),
    io:format("~w~n", [t(fun() -> M = id(lists), M:no_such_function() end)]),
    try no_such_module_xyz:f(1, 2) catch error:undef:St ->
        [{M, F, A, _} | _] = St,
        io:format("~w ~w ~w~n", [M, F, A])
    end.

id(X) -> X.

t(F) ->
    try F() of V -> {ok, V} catch error:R -> R end.
