-module(big_to_list_bases).
-export([start/0]).
%% Property: integer_to_list/2 for every base 2..36 on random signed integers of up to
%% ~1000 digits, and list_to_integer/2 reading them back; digest of the texts.

start() ->
    {H, Bad, S} = loop(700, 2024, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]),
    {A, _} = rint(S, 6),
    [io:format("~w ~s~n", [B, integer_to_list(A, B)]) || B <- [2, 3, 7, 8, 10, 16, 31, 36]],
    io:format("~s~n", [integer_to_list(-(1 bsl 64), 16)]),
    io:format("~s~n", [integer_to_list(1 bsl 64 - 1, 2)]).

loop(0, S, H, Bad) -> {H, Bad, S};
loop(N, S, H, Bad) ->
    {S1, K} = pick(S, 100),
    {A, S2} = rint(S1, K),
    {S3, B0} = pick(S2, 35),
    B = B0 + 2,
    T = integer_to_list(A, B),
    Bad1 = case list_to_integer(T, B) =:= A of true -> Bad; false -> Bad + 1 end,
    loop(N - 1, S3, lists:foldl(fun(C, Hh) -> dg(Hh, C) end, H, T), Bad1).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
pick(S, M) -> S1 = rnd(S), {S1, (S1 bsr 8) rem M}.
rint(S, N) ->
    {V, S1} = chunks(S, N, 0),
    S2 = rnd(S1),
    case (S2 bsr 16) band 1 of 0 -> {V, S2}; 1 -> {-V, S2} end.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
dg(H, X) -> (H * 31 + X rem 1000000007) rem 1000000007.
