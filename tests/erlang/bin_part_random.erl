-module(bin_part_random).
-export([start/0]).
%% Property: binary_part/3, binary:part/3, split_binary/2 and binary:bin_to_list/3 on
%% 5000 random (start, length) pairs, negative lengths included, against lists:sublist;
%% out-of-range ones must raise badarg; counts printed.

start() ->
    B = list_to_binary([(I * 37) rem 256 || I <- lists:seq(1, 300)]),
    L = binary_to_list(B),
    {Ok, Err, Bad} = loop(5000, 13, B, L, 0, 0, 0),
    io:format("ok ~w badarg ~w bad ~w~n", [Ok, Err, Bad]).

loop(0, _, _, _, Ok, Err, Bad) -> {Ok, Err, Bad};
loop(N, S, B, L, Ok, Err, Bad) ->
    S1 = rnd(S), S2 = rnd(S1),
    St = (S1 bsr 8) rem 320 - 5, Len = (S2 bsr 8) rem 340 - 170,
    {Pos, Cnt} = case Len < 0 of true -> {St + Len, -Len}; false -> {St, Len} end,
    Valid = St >= 0 andalso St =< 300 andalso Pos >= 0 andalso Pos + Cnt =< 300,
    R = try {binary_part(B, St, Len), binary:part(B, St, Len), binary:bin_to_list(B, St, Len)}
        catch error:badarg -> badarg end,
    case {Valid, R} of
        {true, {P1, P1, L1}} ->
            case binary_to_list(P1) =:= lists:sublist(L, Pos + 1, Cnt) andalso L1 =:= binary_to_list(P1) of
                true -> loop(N - 1, S2, B, L, Ok + 1, Err, Bad);
                false -> loop(N - 1, S2, B, L, Ok, Err, Bad + 1)
            end;
        {false, badarg} -> loop(N - 1, S2, B, L, Ok, Err + 1, Bad);
        _ -> loop(N - 1, S2, B, L, Ok, Err, Bad + 1)
    end.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
