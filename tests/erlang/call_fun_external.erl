-module(call_fun_external).
-export([start/0, inc/1]).
%% `fun M:F/A` external funs: call, pass, compare, inspect.

inc(X) -> X + 1.

start() ->
    F = fun ?MODULE:inc/1,
    R = fun lists:reverse/1,
    io:format("~w~n", [F(41)]),
    io:format("~w~n", [R([1, 2, 3])]),
    io:format("~w~n", [lists:map(fun erlang:abs/1, [-1, 2, -3])]),
    io:format("~w~n", [erlang:fun_info(R, module)]),
    io:format("~w~n", [erlang:fun_info(R, name)]),
    io:format("~w~n", [erlang:fun_info(R, arity)]),
    io:format("~w~n", [erlang:fun_info(R, type)]),
    io:format("~w~n", [R =:= fun lists:reverse/1]),
    io:format("~w~n", [R =:= fun lists:reverse/2]),
    M = lists, Fn = seq,
    S = fun M:Fn/2,
    io:format("~w~n", [S(1, 4)]),
    io:format("~w~n", [is_function(S, 2)]).
