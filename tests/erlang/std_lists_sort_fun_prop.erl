-module(std_lists_sort_fun_prop).
%% sort/2 and usort/2 with random orderings on tuples against references (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(9, 300) end,
        fun() -> check(10001, 500) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S, 0, Acc) -> {Acc, S};
gen(S0, N, Acc) -> S = next(S0), gen(S, N - 1, [{(S bsr 8) rem 10, (S bsr 12) rem 10, N} | Acc]).
isort(F, L) -> lists:foldl(fun(X, Acc) -> ins(F, X, Acc) end, [], L).
ins(_, X, []) -> [X];
ins(F, X, [H | T]) -> case F(H, X) of true -> [H | ins(F, X, T)]; false -> [X, H | T] end.
check(Seed, N) ->
    {L, _} = gen(Seed, N, []),
    F1 = fun({A, _, _}, {B, _, _}) -> A =< B end,
    F2 = fun({_, A, _}, {_, B, _}) -> A >= B end,
    S1 = lists:sort(F1, L), S2 = lists:sort(F2, L),
    U1 = lists:usort(F1, L),
    {S1 =:= isort(F1, L), S2 =:= isort(F2, L), length(U1), [element(1, X) || X <- U1],
     [element(3, X) || X <- U1] =:= [element(3, hd([Y || Y <- L, element(1, Y) =:= K])) || K <- [element(1, X) || X <- U1]]}.
