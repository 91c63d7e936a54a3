-module(std_gb_sets_model).
%% gb_sets set operations against ordsets on random sets (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(17, 150) end,
        fun() -> check(2023, 200) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S, 0, Acc) -> {Acc, S};
gen(S0, N, Acc) -> S = next(S0), gen(S, N - 1, [(S bsr 8) rem 40 | Acc]).
check(Seed, Rounds) -> check(Seed, Rounds, 0).
check(_, 0, Ok) -> Ok;
check(S0, R, Ok) ->
    S = next(S0), {A0, S1} = gen(S, (S bsr 4) rem 25, []), {B0, S2} = gen(S1, (S1 bsr 4) rem 25, []),
    A = gb_sets:from_list(A0), B = gb_sets:from_list(B0), OA = ordsets:from_list(A0), OB = ordsets:from_list(B0),
    Good = gb_sets:to_list(gb_sets:union(A, B)) =:= ordsets:union(OA, OB)
        andalso gb_sets:to_list(gb_sets:intersection(A, B)) =:= ordsets:intersection(OA, OB)
        andalso gb_sets:to_list(gb_sets:subtract(A, B)) =:= ordsets:subtract(OA, OB)
        andalso gb_sets:is_subset(A, B) =:= ordsets:is_subset(OA, OB)
        andalso gb_sets:is_disjoint(A, B) =:= ordsets:is_disjoint(OA, OB)
        andalso gb_sets:size(A) =:= length(OA),
    check(S2, R - 1, Ok + case Good of true -> 1; false -> 0 end).
