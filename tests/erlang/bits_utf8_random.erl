-module(bits_utf8_random).
-export([start/0]).
%% Property: 3000 random strings of random code points (all planes, no surrogates)
%% encoded with utf8/utf16/utf32 segments in comprehensions and decoded back by matching;
%% lengths and a digest of the bytes printed.

start() ->
    {H, Bad} = loop(3000, 42, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    S1 = rnd(S),
    {Cs, S2} = cps((S1 bsr 8) rem 30, S1, []),
    B8 = << <<C/utf8>> || C <- Cs >>,
    B16 = << <<C/utf16>> || C <- Cs >>,
    B32 = << <<C/utf32-little>> || C <- Cs >>,
    Ok = [C || <<C/utf8>> <= B8] =:= Cs andalso [C || <<C/utf16>> <= B16] =:= Cs
        andalso [C || <<C/utf32-little>> <= B32] =:= Cs,
    H1 = lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, H, binary_to_list(B8) ++ binary_to_list(B16)),
    loop(N - 1, S2, (H1 + byte_size(B32)) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

cps(0, S, Acc) -> {Acc, S};
cps(N, S, Acc) ->
    S1 = rnd(S),
    C = case (S1 bsr 28) of
            0 -> (S1 bsr 8) rem 16#110000;
            1 -> (S1 bsr 8) rem 16#800;
            _ -> (S1 bsr 8) rem 128
        end,
    case C >= 16#D800 andalso C =< 16#DFFF of
        true -> cps(N, S1, Acc);
        false -> cps(N - 1, S1, [C | Acc])
    end.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
