-module(bool_ops).
-export([start/0]).
%% Strict boolean operators and/or/xor/not: full truth tables and badarg.

start() ->
    Bs = [true, false],
    io:format("and ~w~n", [[A and B || A <- Bs, B <- Bs]]),
    io:format("or  ~w~n", [[A or B || A <- Bs, B <- Bs]]),
    io:format("xor ~w~n", [[A xor B || A <- Bs, B <- Bs]]),
    io:format("not ~w~n", [[not A || A <- Bs]]),
    io:format("~w~n", [err(fun() -> id(1) and true end)]),
    io:format("~w~n", [err(fun() -> false or id(x) end)]),
    io:format("~w~n", [err(fun() -> not id(0) end)]),
    io:format("~w~n", [[g(A, B) || A <- Bs, B <- Bs]]).

id(X) -> X.
err(F) -> try F() of V -> {value, V} catch error:R -> {error, R} end.

g(A, B) when A xor B -> xor_true;
g(A, B) when A and B -> both;
g(_, _) -> neither.
