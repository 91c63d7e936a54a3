-module(big_list_to_integer).
-export([start/0]).
%% Property: list_to_integer/1,2 and binary_to_integer/1,2 on random digit strings of up
%% to 3000 digits with optional sign and mixed-case letters; error cases.

start() ->
    {H, S} = loop(500, 8080, 0),
    io:format("digest ~w~n", [H]),
    {T, _} = digits(S, 60, 10, []),
    io:format("~w~n", [list_to_integer(T)]),
    io:format("~w~n", [list_to_integer("-" ++ T)]),
    io:format("~w~n", [list_to_integer("+" ++ T)]),
    io:format("~w~n", [list_to_integer("000000000000000000000000000000000000" ++ T)]),
    io:format("~w~n", [list_to_integer("fFfFfFfFfFfFfFfFfFfFfFfFfFfF", 16)]),
    io:format("~w~n", [binary_to_integer(<<"-zzzzzzzzzzzzzzzzzzzzzzzzz">>, 36)]),
    [io:format("~w~n", [catch_l(X)]) || X <- ["", "-", "+", "1 2", "12a", "--1", "1.0",
                                              [$1, 256], "99999999999999999999999x"]],
    io:format("~w~n", [catch_l2("129", 2)]),
    io:format("~w~n", [catch_l2("z", 37)]),
    io:format("~w~n", [catch_l2("1", 1)]),
    io:format("~w~n", [catch_b(<<"123456789012345678901234567890 ">>)]).

catch_l(X) -> try list_to_integer(X) catch C:R -> {C, R} end.
catch_l2(X, B) -> try list_to_integer(X, B) catch C:R -> {C, R} end.
catch_b(X) -> try binary_to_integer(X) catch C:R -> {C, R} end.

loop(0, S, H) -> {H, S};
loop(N, S, H) ->
    {S1, Len} = pick(S, 3000),
    {S2, B0} = pick(S1, 35),
    B = B0 + 2,
    {T, S3} = digits(S2, Len + 1, B, []),
    V = list_to_integer(T, B),
    V = binary_to_integer(list_to_binary(T), B),
    NV = list_to_integer([$- | T], B),
    0 = V + NV,
    loop(N - 1, S3, dg(H, V)).

digits(S, 0, _, Acc) -> {Acc, S};
digits(S, N, B, Acc) ->
    S1 = rnd(S),
    D = (S1 bsr 8) rem B,
    C = if D < 10 -> $0 + D;
           (S1 bsr 20) band 1 =:= 0 -> $a + D - 10;
           true -> $A + D - 10 end,
    digits(S1, N - 1, B, [C | Acc]).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
pick(S, M) -> S1 = rnd(S), {S1, (S1 bsr 8) rem M}.
dg(H, X) -> (H * 31 + X rem 1000000007) rem 1000000007.
