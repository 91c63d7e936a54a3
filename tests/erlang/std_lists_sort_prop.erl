-module(std_lists_sort_prop).
%% lists:sort/1,2 against an insertion-sort reference on random lists (seeded LCG, digests)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(11, 200, 50) end,
        fun() -> check(2024, 300, 7) end,
        fun() -> check(5, 1000, 1000) end,
        fun() -> check(99, 0, 10) end,
        fun() -> check(7, 1, 10) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S, 0, _, Acc) -> {Acc, S};
gen(S0, N, R, Acc) -> S = next(S0), gen(S, N - 1, R, [(S bsr 8) rem R | Acc]).
isort(L) -> lists:foldl(fun ins/2, [], L).
ins(X, []) -> [X];
ins(X, [H | T]) when X > H -> [H | ins(X, T)];
ins(X, L) -> [X | L].
isort_desc(L) -> lists:reverse(isort(L)).
digest(L) -> lists:foldl(fun(X, A) -> (A * 33 + X) rem 16777213 end, 5381, L).
check(Seed, N, R) ->
    {L, _} = gen(Seed, N, R, []),
    S = lists:sort(L),
    D = lists:sort(fun(A, B) -> A >= B end, L),
    {N, S =:= isort(L), D =:= isort_desc(L), digest(S), digest(D)}.
