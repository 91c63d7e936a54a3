-module(exc_catch_expr).
-export([start/0]).
-compile(nowarn_deprecated_catch). % `catch Expr` is deprecated in OTP 29; tested on purpose
%% The old `catch Expr`: value, throw value, {'EXIT', ...} for error and exit.

start() ->
    io:format("~w~n", [catch 1 + 1]),
    io:format("~w~n", [catch throw(thrown_value)]),
    io:format("~w~n", [catch exit(exit_reason)]),
    {'EXIT', {Reason, Stack}} = (catch error(error_reason)),
    io:format("~w ~w~n", [Reason, is_list(Stack)]),
    {'EXIT', {badarith, _}} = (catch id(1) / id(0)),
    io:format("badarith ok~n"),
    io:format("~w~n", [catch {nested, catch throw(inner)}]),
    io:format("~w~n", [[catch throw(I) || I <- [1, 2, 3]]]),
    X = (catch id(value)),
    io:format("~w~n", [X]),
    io:format("~w~n", [catch_in_loop(5, [])]).

id(V) -> V.

catch_in_loop(0, Acc) -> Acc;
catch_in_loop(N, Acc) ->
    R = (catch maybe_throw(N)),
    catch_in_loop(N - 1, [R | Acc]).

maybe_throw(N) when N rem 2 =:= 0 -> throw({even, N});
maybe_throw(N) -> {odd, N}.
