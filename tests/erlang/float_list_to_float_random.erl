-module(float_list_to_float_random).
-export([start/0]).
%% Property: list_to_float of 20,000 random decimal texts ("[-]D.DDDDe[-]N" with up to 25
%% significant digits and exponents -330..310) rounds to the nearest double: printed as
%% a digest of float_to_list/1 (overflowing texts are badarg and counted).

start() ->
    {H, Bad} = loop(20000, 3, 0, 0),
    io:format("digest ~w badarg ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {Ds, S1} = digits(S, 1 + S rem 25, []),
    S2 = rnd(S1),
    E = (S2 bsr 8) rem 641 - 330,
    Sign = case S2 band 16#100000 of 0 -> ""; _ -> "-" end,
    T = Sign ++ [hd(Ds), $. | case tl(Ds) of [] -> "0"; R -> R end] ++ "e" ++ integer_to_list(E),
    case catch list_to_float(T) of
        F when is_float(F) -> loop(N - 1, S2, hash(float_to_list(F), H), Bad);
        _ -> loop(N - 1, S2, H, Bad + 1)
    end.

digits(S, 0, Acc) -> {Acc, S};
digits(S, N, Acc) -> S1 = rnd(S), digits(S1, N - 1, [$0 + (S1 bsr 12) rem 10 | Acc]).
hash([], H) -> H;
hash([C | T], H) -> hash(T, (H * 31 + C) band 16#FFFFFFF).
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
