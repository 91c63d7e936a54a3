-module(bin_iolist_random).
-export([start/0]).
%% Property: 2000 random deep iolists (bytes, binaries, nested lists, binary tails):
%% iolist_size =:= byte_size(iolist_to_binary) and list_to_binary agrees with a flattened
%% byte list; digest of the sizes.

start() ->
    {H, Bad} = loop(2000, 21, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {Io, S1} = io(S, 4),
    B = iolist_to_binary(Io),
    Ok = iolist_size(Io) =:= byte_size(B) andalso list_to_binary([Io]) =:= B andalso binary_to_list(B) =:= flat(Io),
    loop(N - 1, S1, (H * 31 + byte_size(B)) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

io(S, D) ->
    S1 = rnd(S),
    R = S1 bsr 8,
    case R rem 4 of
        _ when D =:= 0 -> {[R rem 256], S1};
        0 -> {[R rem 256, (R bsr 8) rem 256], S1};
        1 -> {[<< <<X>> || X <- lists:seq(1, R rem 10) >>], S1};
        2 -> {A, S2} = io(S1, D - 1), {B, S3} = io(S2, D - 1), {[A, B], S3};
        3 -> {A, S2} = io(S1, D - 1), {[A | <<"t">>], S2}
    end.

flat(B) when is_binary(B) -> binary_to_list(B);
flat(I) when is_integer(I) -> [I];
flat([]) -> [];
flat([H | T]) -> flat(H) ++ flat(T).

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
