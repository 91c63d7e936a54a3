-module(fun_variable_call).
-export([start/0, hello/1, hello/0]).
%% Calls through variables: Mod:Fun(Args), Fun(Args) with computed targets.

hello() -> hello0.
hello(X) -> {hello1, X}.

start() ->
    Targets = [{?MODULE, hello}, {lists, reverse}, {erlang, atom_to_list}],
    [io:format("~w~n", [M:F(arg_for(F))]) || {M, F} <- Targets],
    M = ?MODULE,
    io:format("~w~n", [M:hello()]),
    Fs = [fun hello/0, fun() -> anon end],
    io:format("~w~n", [[F() || F <- Fs]]),
    Pick = fun(true) -> fun(X) -> X + 1 end; (false) -> fun(X) -> X - 1 end end,
    io:format("~w ~w~n", [(Pick(true))(10), (Pick(false))(10)]),
    io:format("~w~n", [call_it(fun erlang:'*'/2, 6, 7)]).

arg_for(hello) -> world;
arg_for(reverse) -> [1, 2];
arg_for(atom_to_list) -> ok.

call_it(F, A, B) -> F(A, B).
