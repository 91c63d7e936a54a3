-module(bits_skip_tail_random).
-export([start/0]).
%% Property: for 3000 random bitstrings and split points, <<_:K, T/bits>> gives the tail of
%% bit_size - K bits and <<H:K/bits, _/bits>> the head; <<H/bits, T/bits>> rebuilds the
%% original; digests of head values.

start() ->
    {H, Bad} = loop(3000, 19, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    S1 = rnd(S), S2 = rnd(S1),
    Len = (S1 bsr 8) rem 300,
    B = << <<(X rem 2):1>> || X <- lists:seq(S2 rem 1000, S2 rem 1000 + Len - 1), X rem 3 =/= 0 orelse true >>,
    K = case bit_size(B) of 0 -> 0; L -> (S2 bsr 8) rem (L + 1) end,
    <<_:K, T/bits>> = B,
    <<Hd:K/bits, _/bits>> = B,
    <<V:K, _/bits>> = B,
    Ok = bit_size(T) =:= bit_size(B) - K andalso <<Hd/bits, T/bits>> =:= B,
    loop(N - 1, S2, (H * 31 + V rem 1000000007) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
