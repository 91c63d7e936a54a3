-module(fun_info_and_test).
-export([start/0, ext/1]).
%% is_function/1,2 on every kind of fun and non-fun; fun_info arity/type/module.

ext(X) -> X.

start() ->
    Y = 1,
    Funs = [fun() -> ok end, fun(A) -> A + Y end, fun(A, B) -> {A, B} end,
            fun ext/1, fun ?MODULE:ext/1, fun lists:map/2],
    [io:format("~w ~w ~w ~w~n",
               [is_function(F), is_function(F, 0), is_function(F, 1), is_function(F, 2)])
     || F <- Funs],
    NotFuns = [1, a, {fun() -> ok end}, [fun() -> ok end], "f", 2.0],
    io:format("~w~n", [[is_function(X) || X <- NotFuns]]),
    io:format("~w~n", [[element(2, erlang:fun_info(F, arity)) || F <- Funs]]),
    io:format("~w~n", [[element(2, erlang:fun_info(F, type)) || F <- Funs]]),
    io:format("~w~n", [[element(2, erlang:fun_info(F, module)) || F <- Funs]]),
    io:format("~w~n", [guard_test(fun(_, _) -> x end)]),
    io:format("~w~n", [guard_test(fun(_) -> x end)]),
    io:format("~w~n", [guard_test(42)]).

guard_test(F) when is_function(F, 2) -> arity2;
guard_test(F) when is_function(F) -> other_fun;
guard_test(_) -> not_a_fun.
