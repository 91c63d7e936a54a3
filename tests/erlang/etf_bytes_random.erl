-module(etf_bytes_random).
-export([start/0]).
%% The exact term_to_binary bytes of 500 random small terms without atoms (integers of
%% every encoding, floats, binaries, bitstrings, strings, lists, tuples, small maps with
%% integer keys), printed one a line, and decoded back.

start() ->
    loop(500, 99).

loop(0, _) -> ok;
loop(N, S) ->
    {T, S1} = term(S, 2),
    B = term_to_binary(T),
    io:format("~w ~w~n", [B, binary_to_term(B) =:= T]),
    loop(N - 1, S1).

term(S, D) ->
    S1 = rnd(S),
    R = S1 bsr 8,
    case R rem 9 of
        _ when D =:= 0 -> {R rem 300, S1};
        0 -> {R rem 256, S1};
        1 -> {R - 16#800000, S1};
        2 -> {R bsl (R rem 90), S1};
        3 -> {-(R bsl (R rem 90)) / 3, S1};
        4 -> {<<R:(R rem 30)>>, S1};
        5 -> {[R rem 128 || _ <- lists:seq(1, R rem 5)], S1};
        6 -> {A, S2} = term(S1, D - 1), {B, S3} = term(S2, D - 1), {{A, B}, S3};
        7 -> {A, S2} = term(S1, D - 1), {B, S3} = term(S2, D - 1), {[A, B | R rem 3], S3};
        8 -> {A, S2} = term(S1, D - 1), {#{R rem 10 => A, 10 + R rem 5 => R}, S2}
    end.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
