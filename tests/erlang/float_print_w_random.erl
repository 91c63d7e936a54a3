-module(float_print_w_random).
-export([start/0]).
%% ~w and ~p of 20,000 random doubles (random bit patterns), 10 a line, plus 20,000
%% doubles of moderate magnitude (random mantissa, exponent -30..30) 10 a line.

start() ->
    S = lines(2000, 777, fun bits_float/1),
    _ = lines(2000, S, fun moderate/1).

lines(0, S, _) -> S;
lines(N, S, G) ->
    {L, S1} = gen(10, S, G, []),
    case N rem 2 of
        0 -> io:format("~w~n", [L]);
        1 -> io:format("~p~n", [hd(L)]), io:format("~w~n", [tl(L)])
    end,
    lines(N - 1, S1, G).

gen(0, S, _, Acc) -> {Acc, S};
gen(N, S, G, Acc) ->
    case G(S) of
        {skip, S1} -> gen(N, S1, G, Acc);
        {F, S1} -> gen(N - 1, S1, G, [F | Acc])
    end.

bits_float(S) ->
    {Bits, S1} = bits64(S),
    case <<Bits:64>> of
        <<F:64/float>> -> {F, S1};
        _ -> {skip, S1}
    end.

moderate(S) ->
    {Bits, S1} = bits64(S),
    M = (Bits band (1 bsl 53 - 1)) / (1 bsl 53),
    E = (Bits bsr 56) rem 61 - 30,
    {M * math:pow(10, E), S1}.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
bits64(S) -> S1 = rnd(S), S2 = rnd(S1), {((S1 bxor (S1 bsr 16)) bsl 32) bor (S2 bxor (S2 bsr 16)), S2}.
