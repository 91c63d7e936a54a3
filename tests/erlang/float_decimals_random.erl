-module(float_decimals_random).
-export([start/0]).
%% Property: float_to_list(F, [{decimals, N}]) and [{decimals, N}, compact] for random N
%% in 0..30 on 30,000 random doubles of magnitude 1e-25..1e25 and 2,000 of any magnitude;
%% digest of the texts and every 1000th printed.

start() ->
    {H1, S} = loop(30000, 3, 0, fun moderate/1),
    io:format("digest ~w~n", [H1]),
    {H2, _} = loop(2000, S, 0, fun any/1),
    io:format("digest ~w~n", [H2]).

loop(0, S, H, _) -> {H, S};
loop(N, S, H, G) ->
    {F, S1} = G(S),
    S2 = rnd(S1),
    D = (S2 bsr 8) rem 31,
    Opts = case (S2 bsr 20) band 1 of 0 -> [{decimals, D}]; 1 -> [{decimals, D}, compact] end,
    T = try float_to_list(F, Opts) catch error:badarg -> "badarg" end,
    B = try float_to_binary(F, Opts) catch error:badarg -> <<"badarg">> end,
    true = (B =:= list_to_binary(T)),
    case N rem 1000 of 0 -> io:format("~w ~s~n", [Opts, T]); _ -> ok end,
    loop(N - 1, S2, hash(T, H), G).

moderate(S) ->
    {Bits, S1} = bits64(S),
    M = (Bits band (1 bsl 53 - 1)) / (1 bsl 53),
    E = (Bits bsr 56) rem 51 - 25,
    Sign = case (Bits bsr 55) band 1 of 0 -> 1; 1 -> -1 end,
    {Sign * M * math:pow(10, E), S1}.
any(S) ->
    {Bits, S1} = bits64(S),
    case <<Bits:64>> of
        <<F:64/float>> -> {F, S1};
        _ -> any(S1)
    end.

hash([], H) -> H;
hash([C | T], H) -> hash(T, (H * 31 + C) band 16#FFFFFFF).
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
bits64(S) -> S1 = rnd(S), S2 = rnd(S1), {((S1 bxor (S1 bsr 16)) bsl 32) bor (S2 bxor (S2 bsr 16)), S2}.
