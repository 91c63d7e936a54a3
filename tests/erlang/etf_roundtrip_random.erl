-module(etf_roundtrip_random).
-export([start/0]).
%% Property: binary_to_term(term_to_binary(T, Opts)) =:= T for 3000 random nested terms
%% (integers of all sizes, floats, atoms, binaries, bitstrings, lists, improper lists,
%% tuples, maps small and large, strings) with options [], [compressed], {minor_version,
%% 0..2}, {compressed, 1..9}; the encoded size for the version-independent options printed
%% as a digest.

start() ->
    {Bad, H, _} = loop(3000, 2025, 0, 0),
    io:format("bad ~w digest ~w~n", [Bad, H]).

loop(0, S, Bad, H) -> {Bad, H, S};
loop(N, S, Bad, H) ->
    {T, S1} = term(S, 4),
    Opts = [[], [compressed], [{minor_version, 0}], [{minor_version, 1}], [{minor_version, 2}],
            [{compressed, 1}], [{compressed, 9}, {minor_version, 2}]],
    Ok = lists:all(fun(O) -> binary_to_term(term_to_binary(T, O)) =:= T end, Opts),
    Sz = byte_size(term_to_binary(T, [{minor_version, 2}])),
    loop(N - 1, S1, case Ok of true -> Bad; false -> Bad + 1 end, (H * 31 + Sz) rem 1000000007).

term(S, D) ->
    S1 = rnd(S),
    R = S1 bsr 8,
    case (R rem 13) of
        _ when D =:= 0 -> {R rem 1000, S1};
        0 -> {R rem 256, S1};
        1 -> {R - 16#800000, S1};
        2 -> {(R bsl (R rem 300)) * (1 - 2 * (R rem 2)), S1};
        3 -> {R / 7, S1};
        4 -> {lists:nth(1 + R rem 5, [a, ok, 'A b', '', true]), S1};
        5 -> {<< <<(X rem 256)>> || X <- lists:seq(1, R rem 40) >>, S1};
        6 -> {<<R:(R rem 23)>>, S1};
        7 -> {L, S2} = terms(S1, R rem 6, D - 1, []), {L, S2};
        8 -> {L, S2} = terms(S1, 1 + R rem 4, D - 1, []), {list_to_tuple(L), S2};
        9 -> {A, S2} = term(S1, D - 1), {B, S3} = term(S2, D - 1), {[A | B], S3};
        10 -> {L, S2} = terms(S1, R rem 8, D - 1, []), {maps:from_list([{I, X} || {I, X} <- lists:zip(lists:seq(1, length(L)), L)]), S2};
        11 -> {maps:from_list([{K, K * 2} || K <- lists:seq(1, 30 + R rem 40)]), S1};
        12 -> {lists:seq(1, R rem 300), S1}
    end.

terms(S, 0, _, Acc) -> {Acc, S};
terms(S, N, D, Acc) -> {T, S1} = term(S, D), terms(S1, N - 1, D, [T | Acc]).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
