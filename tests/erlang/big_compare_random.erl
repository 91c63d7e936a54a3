-module(big_compare_random).
-export([start/0]).
%% Property: < == =:= on random integers of mixed sizes and on floats near them;
%% lists:sort of a mixed list checked against a pairwise order, counts printed.

start() ->
    {L, S} = gen(600, 31337, []),
    Sorted = lists:sort(L),
    io:format("sorted ok ~w~n", [ordered(Sorted)]),
    io:format("len ~w~n", [length(Sorted)]),
    io:format("first ~w~nlast ~w~n", [hd(Sorted), lists:last(Sorted)]),
    io:format("digest ~w~n", [lists:foldl(fun(X, H) -> dg(H, X) end, 0, Sorted)]),
    {Lt, Eq, Gt} = cmp_all(L, S, {0, 0, 0}),
    io:format("~w ~w ~w~n", [Lt, Eq, Gt]),
    B = 1 bsl 70,
    io:format("~w~n", [[B < 1.0e300, B > 1.0e20, B == float(B), B =:= float(B),
                        B + 1 == float(B), B + 1 > float(B), -B < -1.0e20,
                        (1 bsl 1100) > 1.0e308, -(1 bsl 1100) < -1.0e308]]).

ordered([A, B | T]) -> A =< B andalso ordered([B | T]);
ordered(_) -> true.

cmp_all([], _, Acc) -> Acc;
cmp_all([X | T], S, {Lt, Eq, Gt}) ->
    {Y, S1} = rint(S, 3),
    Acc = if X < Y -> {Lt + 1, Eq, Gt};
             X == Y -> {Lt, Eq + 1, Gt};
             true -> {Lt, Eq, Gt + 1} end,
    cmp_all(T, S1, Acc).

gen(0, S, Acc) -> {Acc, S};
gen(N, S, Acc) ->
    {S1, K} = pick(S, 8),
    {A, S2} = rint(S1, K),
    X = case N rem 3 of 0 -> float(A rem (1 bsl 100)); _ -> A end,
    gen(N - 1, S2, [X | Acc]).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
pick(S, M) -> S1 = rnd(S), {S1, (S1 bsr 8) rem M}.
rint(S, N) ->
    {V, S1} = chunks(S, N, 0),
    S2 = rnd(S1),
    case (S2 bsr 16) band 1 of 0 -> {V, S2}; 1 -> {-V, S2} end.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
dg(H, X) when is_float(X) -> dg(H, trunc(X));
dg(H, X) -> (H * 31 + X rem 1000000007) rem 1000000007.
