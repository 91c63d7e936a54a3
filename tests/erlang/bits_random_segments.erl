-module(bits_random_segments).
-export([start/0]).
%% Property: 2000 random sequences of 1..8 segments of random types (integer of random
%% size/sign/endianness, float 32/64, binary, bits, utf8) built into one bitstring and
%% decoded back with the same segment list; digest of the bitstrings.

start() ->
    {H, Bad} = loop(2000, 777, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    S1 = rnd(S),
    {Segs, S2} = segs(1 + (S1 bsr 8) rem 8, S1, []),
    B = build(Segs, <<>>),
    Ok = decode(Segs, B) =:= [V || {_, _, V} <- Segs],
    H1 = lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, H, [bit_size(B) | bitstring_to_list(<<B/bits, 0:7>>)]),
    loop(N - 1, S2, H1, case Ok of true -> Bad; false -> Bad + 1 end).

segs(0, S, Acc) -> {Acc, S};
segs(N, S, Acc) ->
    S1 = rnd(S), S2 = rnd(S1),
    Size = 1 + (S2 bsr 8) rem 64,
    Seg = case (S1 bsr 8) rem 7 of
              0 -> {int, {Size, big}, (S2 * S1) band ((1 bsl Size) - 1)};
              1 -> {int, {Size, little}, (S2 bxor S1) band ((1 bsl Size) - 1)};
              2 -> V = (S2 band ((1 bsl Size) - 1)) - (1 bsl (Size - 1)), {sint, Size, V};
              3 -> {f64, 64, (S2 - 16#7FFFFFFF) / 7};
              4 -> {f32, 32, float((S2 bsr 8) rem 100000)};
              5 -> {bits, Size, <<S2:Size>>};
              6 -> {utf8, 0, (S2 bsr 8) rem 16#D000}
          end,
    segs(N - 1, S2, [Seg | Acc]).

build([], Acc) -> Acc;
build([{int, {Sz, big}, V} | T], Acc) -> build(T, <<Acc/bits, V:Sz>>);
build([{int, {Sz, little}, V} | T], Acc) -> build(T, <<Acc/bits, V:Sz/little>>);
build([{sint, Sz, V} | T], Acc) -> build(T, <<Acc/bits, V:Sz/signed>>);
build([{f64, _, V} | T], Acc) -> build(T, <<Acc/bits, V/float>>);
build([{f32, _, V} | T], Acc) -> build(T, <<Acc/bits, V:32/float-little>>);
build([{bits, _, V} | T], Acc) -> build(T, <<Acc/bits, V/bits>>);
build([{utf8, _, V} | T], Acc) -> build(T, <<Acc/bits, V/utf8>>).

decode([], <<>>) -> [];
decode([{int, {Sz, big}, _} | T], B) -> <<V:Sz, R/bits>> = B, [V | decode(T, R)];
decode([{int, {Sz, little}, _} | T], B) -> <<V:Sz/little, R/bits>> = B, [V | decode(T, R)];
decode([{sint, Sz, _} | T], B) -> <<V:Sz/signed, R/bits>> = B, [V | decode(T, R)];
decode([{f64, _, _} | T], B) -> <<V/float, R/bits>> = B, [V | decode(T, R)];
decode([{f32, _, _} | T], B) -> <<V:32/float-little, R/bits>> = B, [V | decode(T, R)];
decode([{bits, Sz, _} | T], B) -> <<V:Sz/bits, R/bits>> = B, [V | decode(T, R)];
decode([{utf8, _, _} | T], B) -> <<V/utf8, R/bits>> = B, [V | decode(T, R)].

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
