-module(std_ordsets_prop).
%% ordsets operations on random lists against lists:usort-based references (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(4, 200) end,
        fun() -> check(808, 300) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S, 0, Acc) -> {Acc, S};
gen(S0, N, Acc) -> S = next(S0), gen(S, N - 1, [(S bsr 8) rem 30 | Acc]).
check(Seed, Rounds) -> check(Seed, Rounds, 0).
check(_, 0, Ok) -> Ok;
check(S0, R, Ok) ->
    S = next(S0), {A0, S1} = gen(S, (S bsr 4) rem 12, []), {B0, S2} = gen(S1, (S1 bsr 4) rem 12, []),
    A = ordsets:from_list(A0), B = ordsets:from_list(B0),
    Good = A =:= lists:usort(A0)
        andalso ordsets:union(A, B) =:= lists:usort(A0 ++ B0)
        andalso ordsets:intersection(A, B) =:= [X || X <- A, lists:member(X, B)]
        andalso ordsets:subtract(A, B) =:= [X || X <- A, not lists:member(X, B)]
        andalso ordsets:is_subset(A, B) =:= lists:all(fun(X) -> lists:member(X, B) end, A)
        andalso ordsets:is_disjoint(A, B) =:= (ordsets:intersection(A, B) =:= []),
    check(S2, R - 1, Ok + case Good of true -> 1; false -> 0 end).
