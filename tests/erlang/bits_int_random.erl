-module(bits_int_random).
-export([start/0]).
%% Property: integer segments of random sizes 1..200 bits, signed/unsigned, big/little/
%% native endian, built from random values (wider than the field too) and matched back;
%% the built bytes are digested and the decoded value compared with the expected
%% truncation; every 250th case printed.

start() ->
    {H, Bad} = loop(4000, 1234, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    S1 = rnd(S), S2 = rnd(S1),
    Size = 1 + (S1 bsr 8) rem 200,
    {V0, S3} = chunks(S2, 8, 0),
    V = case (S2 bsr 20) band 1 of 0 -> V0 bsr (S2 rem 250); 1 -> -(V0 bsr (S2 rem 250)) end,
    Kind = (S1 bsr 24) rem 6,
    B = build(Kind, V, Size),
    Got = match(Kind, B, Size),
    Mask = (1 bsl Size) - 1,
    U = V band Mask,
    Exp = case Kind rem 2 of
              0 -> U;
              1 -> case U bsr (Size - 1) of 1 -> U - (1 bsl Size); 0 -> U end
          end,
    case N rem 250 of 0 -> io:format("~w ~w ~w ~w~n", [Kind, Size, B, Got]); _ -> ok end,
    H1 = lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, H, binary_to_list(<<B/bits, 0:((8 - bit_size(B) rem 8) rem 8)>>)),
    loop(N - 1, S3, (H1 * 7 + bit_size(B)) rem 1000000007, case Got =:= Exp of true -> Bad; false -> Bad + 1 end).

build(0, V, S) -> <<V:S>>;
build(1, V, S) -> <<V:S/signed>>;
build(2, V, S) -> <<V:S/little>>;
build(3, V, S) -> <<V:S/little-signed>>;
build(4, V, S) -> <<V:S/native>>;
build(5, V, S) -> <<V:S/native-signed>>.

match(0, B, S) -> <<X:S>> = B, X;
match(1, B, S) -> <<X:S/signed>> = B, X;
match(2, B, S) -> <<X:S/little>> = B, X;
match(3, B, S) -> <<X:S/little-signed>> = B, X;
match(4, B, S) -> <<X:S/native>> = B, X;
match(5, B, S) -> <<X:S/native-signed>> = B, X.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
chunks(S, 0, Acc) -> {Acc, S};
chunks(S, N, Acc) -> S1 = rnd(S), chunks(S1, N - 1, (Acc bsl 32) bor (S1 bxor (S1 bsr 13))).
