-module(bin_split_matches_random).
-export([start/0]).
%% Property: binary:split(B, P, [global]) and binary:matches(B, P) on 2000 random
%% binaries over a small alphabet with random 1..3 byte patterns, checked against a
%% naive leftmost scan in Erlang; digest of the parts.

start() ->
    {H, Bad} = loop(2000, 31, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {B, S1} = rbin(S, 0, []),
    {P, S2} = rbin(S1, 1 + S1 rem 3, []),
    Parts = binary:split(B, P, [global]),
    Ms = binary:matches(B, P),
    Ok = Parts =:= naive_split(B, P) andalso Ms =:= naive_matches(B, P, 0),
    R = binary:replace(B, P, <<"#">>, [global]),
    Ok2 = R =:= iolist_to_binary(lists:join(<<"#">>, Parts)),
    H1 = lists:foldl(fun(X, A) -> (A * 31 + byte_size(X)) rem 1000000007 end, H, Parts),
    loop(N - 1, S2, H1, case Ok andalso Ok2 of true -> Bad; false -> Bad + 1 end).

naive_matches(B, P, Pos) ->
    case B of
        <<_:Pos/binary, P:(byte_size(P))/binary, _/binary>> -> [{Pos, byte_size(P)} | naive_matches(B, P, Pos + byte_size(P))];
        _ when Pos + byte_size(P) < byte_size(B) -> naive_matches(B, P, Pos + 1);
        _ -> []
    end.
naive_split(B, P) ->
    {Parts, Last} = lists:foldl(fun({Pos, L}, {Acc, Start}) -> {[binary:part(B, Start, Pos - Start) | Acc], Pos + L} end,
                                {[], 0}, naive_matches(B, P, 0)),
    lists:reverse([binary:part(B, Last, byte_size(B) - Last) | Parts]).

rbin(S, 0, _) -> S1 = rnd(S), rbin(S1, (S1 bsr 8) rem 40, []);
rbin(S, N, Acc) when length(Acc) =:= N -> {list_to_binary(Acc), S};
rbin(S, N, Acc) -> S1 = rnd(S), rbin(S1, N, [$a + (S1 bsr 12) rem 3 | Acc]).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
