-module(std_lists_merge_prop).
%% merge/umerge/keymerge of sorted random lists equal sort of the concatenation (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(3, 100) end,
        fun() -> check(4711, 250) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S, 0, Acc) -> {Acc, S};
gen(S0, N, Acc) -> S = next(S0), gen(S, N - 1, [(S bsr 8) rem 50 | Acc]).
check(Seed, N) ->
    {A0, S1} = gen(Seed, N, []), {B0, S2} = gen(S1, N div 2, []), {C0, _} = gen(S2, N div 3, []),
    A = lists:sort(A0), B = lists:sort(B0), C = lists:sort(C0),
    KA = [{X, a} || X <- A], KB = [{X, b} || X <- B],
    {lists:merge(A, B) =:= lists:sort(A ++ B),
     lists:merge3(A, B, C) =:= lists:sort(A ++ B ++ C),
     lists:merge([A, B, C]) =:= lists:sort(A ++ B ++ C),
     lists:umerge(lists:usort(A), lists:usort(B)) =:= lists:usort(A ++ B),
     lists:umerge([lists:usort(A), lists:usort(B), lists:usort(C)]) =:= lists:usort(A ++ B ++ C),
     lists:rmerge(lists:reverse(A), lists:reverse(B)) =:= lists:reverse(lists:sort(A ++ B)),
     lists:keymerge(1, KA, KB) =:= lists:keysort(1, KA ++ KB),
     lists:ukeymerge(1, KA, KB) =:= lists:ukeysort(1, KA ++ KB),
     lists:merge(fun(X, Y) -> X >= Y end, lists:reverse(A), lists:reverse(B)) =:= lists:reverse(lists:sort(A ++ B))}.
