-module(float_arith_random).
-export([start/0]).
%% Property: + - * / on 30,000 random pairs of doubles (random bit patterns): each result
%% printed into a digest with [short], overflow (badarith) counted.

start() ->
    {H, Ov} = loop(30000, 123, 0, 0),
    io:format("digest ~w overflow ~w~n", [H, Ov]).

loop(0, _, H, Ov) -> {H, Ov};
loop(N, S, H, Ov) ->
    {A, S1} = rf(S),
    {B, S2} = rf(S1),
    Op = N rem 4,
    R = try case Op of 0 -> A + B; 1 -> A - B; 2 -> A * B; 3 -> A / B end
        catch error:badarith -> overflow end,
    case R of
        overflow -> loop(N - 1, S2, H, Ov + 1);
        _ -> loop(N - 1, S2, hash(float_to_list(R, [short]), H), Ov)
    end.

rf(S) ->
    S1 = rnd(S), S2 = rnd(S1),
    Bits = ((S1 bxor (S1 bsr 16)) bsl 32) bor (S2 bxor (S2 bsr 16)),
    case <<Bits:64>> of <<F:64/float>> -> {F, S2}; _ -> rf(S2) end.
hash([], H) -> H;
hash([C | T], H) -> hash(T, (H * 31 + C) band 16#FFFFFFF).
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
