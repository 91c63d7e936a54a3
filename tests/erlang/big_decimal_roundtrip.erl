-module(big_decimal_roundtrip).
-export([start/0]).
%% Property: integer_to_list/1 and list_to_integer/1 of 300 random signed integers of up
%% to ~5000 decimal digits round trip; digit counts checked against repeated division.

start() ->
    {H, Bad} = loop(300, 9, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {X0, S1} = chunks(S, 1 + (S bsr 8) rem 520, 0),
    X = case S1 band 1024 of 0 -> X0; _ -> -X0 end,
    T = integer_to_list(X),
    Ok = list_to_integer(T) =:= X andalso length(T) =:= ndig(abs(X), 0) + (case X < 0 of true -> 1; false -> 0 end),
    loop(N - 1, S1, (H * 31 + length(T)) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

ndig(X, 0) when X < 10 -> 1;
ndig(0, A) -> A;
ndig(X, A) when X >= 1000000000000 -> ndig(X div 1000000000000, A + 12) + (case X div 1000000000000 of 0 -> 0; _ -> 0 end);
ndig(X, A) -> ndig(X div 10, A + 1).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
