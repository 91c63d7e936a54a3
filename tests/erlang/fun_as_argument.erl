-module(fun_as_argument).
-export([start/0]).
%% Higher-order functions written here and in lists.

start() ->
    L = [5, 3, 8, 1, 9, 2],
    io:format("~w~n", [my_map(fun(X) -> X * X end, L)]),
    io:format("~w~n", [my_filter(fun(X) -> X > 4 end, L)]),
    io:format("~w~n", [my_foldl(fun(X, Acc) -> X + Acc end, 0, L)]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A >= B end, L)]),
    io:format("~w~n", [lists:filtermap(fun(X) when X rem 2 =:= 0 -> {true, X div 2}; (_) -> false end, L)]),
    io:format("~w~n", [lists:any(fun(X) -> X > 8 end, L)]),
    io:format("~w~n", [lists:all(fun is_integer/1, L)]),
    io:format("~w~n", [lists:partition(fun(X) -> X < 5 end, L)]),
    io:format("~w~n", [lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~w~n", [apply_n(fun(X) -> X * 2 end, 10, 1)]),
    lists:foreach(fun(X) -> io:format("item ~w~n", [X]) end, [a, b]).

my_map(_, []) -> [];
my_map(F, [H | T]) -> [F(H) | my_map(F, T)].
my_filter(_, []) -> [];
my_filter(P, [H | T]) ->
    case P(H) of
        true -> [H | my_filter(P, T)];
        false -> my_filter(P, T)
    end.
my_foldl(_, Acc, []) -> Acc;
my_foldl(F, Acc, [H | T]) -> my_foldl(F, F(H, Acc), T).
apply_n(_, 0, X) -> X;
apply_n(F, N, X) -> apply_n(F, N - 1, F(X)).
