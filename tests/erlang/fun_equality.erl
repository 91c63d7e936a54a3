-module(fun_equality).
-export([start/0, e/0]).
%% Equality and ordering of funs (only what OTP defines deterministically).

e() -> ok.

start() ->
    F1 = fun lists:reverse/1,
    F2 = fun lists:reverse/1,
    io:format("~w~n", [F1 =:= F2]),
    io:format("~w~n", [F1 == F2]),
    io:format("~w~n", [fun ?MODULE:e/0 =:= fun ?MODULE:e/0]),
    io:format("~w~n", [fun lists:reverse/1 =:= fun lists:reverse/2]),
    G = mk(1), H = mk(1), I = mk(2),
    io:format("~w~n", [G =:= G]),
    io:format("~w~n", [G =:= H]),
    io:format("~w~n", [G =:= I]),
    io:format("~w~n", [is_function(G) andalso G =/= F1]),
    %% funs sort after numbers/atoms/refs and before ports/pids/tuples
    io:format("~w~n", [1 < G]),
    io:format("~w~n", [abc < G]),
    io:format("~w~n", [G < {}]),
    io:format("~w~n", [G < self()]),
    io:format("~w~n", [G < []]).

mk(N) -> fun() -> N end.
