-module(guard_types_function).
-export([start/0, f/2]).
%% is_function/1 and is_function/2 as guards, including a run-time arity.

f(_, _) -> ok.

start() ->
    Terms = [fun() -> 0 end, fun(_) -> 1 end, fun f/2, fun ?MODULE:f/2, fun erlang:length/1,
             {fun f/2}, f, 42],
    [io:format("~w~n", [[g(T), arity_of(T)]]) || T <- Terms],
    io:format("~w~n", [[has_arity(fun(_, _, _) -> x end, N) || N <- [0, 1, 2, 3, 4]]]).

g(T) when is_function(T, 0) -> arity0;
g(T) when is_function(T, 1) -> arity1;
g(T) when is_function(T, 2) -> arity2;
g(T) when is_function(T) -> fun_other;
g(_) -> not_fun.

arity_of(T) when is_function(T) -> element(2, erlang:fun_info(T, arity));
arity_of(_) -> none.

has_arity(F, N) when is_function(F, N) -> yes;
has_arity(_, _) -> no.
