-module(std_lists_keysort_prop).
%% keysort/ukeysort/usort stability and uniqueness against references (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(1, 300) end,
        fun() -> check(31337, 500) end,
        fun() -> check(8, 50) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S, 0, Acc) -> {Acc, S};
gen(S0, N, Acc) -> S = next(S0), gen(S, N - 1, [{(S bsr 8) rem 20, N, (S bsr 4) rem 3} | Acc]).
%% stable sort on key Pos: a stable insertion sort.
ksort(Pos, L) -> lists:foldl(fun(X, Acc) -> kins(Pos, X, Acc) end, [], L).
kins(_, X, []) -> [X];
kins(P, X, [H | T]) -> case element(P, X) < element(P, H) of true -> [X, H | T]; false -> [H | kins(P, X, T)] end.
ukref(P, L) -> dedup(P, ksort(P, L)).
dedup(P, [A, B | T]) -> case element(P, A) == element(P, B) of true -> dedup(P, [A | T]); false -> [A | dedup(P, [B | T])] end;
dedup(_, L) -> L.
uref(L) -> udedup(lists:foldl(fun(X, Acc) -> kins1(X, Acc) end, [], L)).
kins1(X, []) -> [X];
kins1(X, [H | T]) -> case X < H of true -> [X, H | T]; false -> [H | kins1(X, T)] end.
udedup([A, B | T]) when A == B -> udedup([A | T]);
udedup([A | T]) -> [A | udedup(T)];
udedup([]) -> [].
check(Seed, N) ->
    {L, _} = gen(Seed, N, []),
    {lists:keysort(1, L) =:= ksort(1, L), lists:keysort(3, L) =:= ksort(3, L),
     lists:ukeysort(1, L) =:= ukref(1, L), lists:ukeysort(3, L) =:= ukref(3, L),
     lists:usort(L) =:= uref(L), length(lists:ukeysort(1, L)), length(lists:usort([element(1, X) || X <- L]))}.
