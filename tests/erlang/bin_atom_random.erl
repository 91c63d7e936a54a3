-module(bin_atom_random).
-export([start/0]).
%% Property: atom_to_binary/binary_to_atom and atom_to_list/list_to_atom round trip for
%% 2000 random ASCII and Latin-1 names of 0..255 characters; atoms made from equal
%% binaries are identical; latin1 and utf8 encodings of the same atom differ as expected.

start() ->
    {H, Bad} = loop(2000, 23, 0, 0),
    io:format("digest ~w bad ~w~n", [H, Bad]),
    A = list_to_atom([233, 97]),
    io:format("~w ~w~n", [atom_to_binary(A, latin1), atom_to_binary(A, utf8)]),
    io:format("~w~n", [binary_to_atom(<<195, 169, 97>>, utf8) =:= A]).

loop(0, _, H, Bad) -> {H, Bad};
loop(N, S, H, Bad) ->
    {Cs, S1} = chars(S, (S bsr 8) rem 256, []),
    A = list_to_atom(Cs),
    B = atom_to_binary(A, utf8),
    Ok = binary_to_atom(B, utf8) =:= A andalso atom_to_list(A) =:= Cs
        andalso binary_to_atom(atom_to_binary(A, latin1), latin1) =:= A,
    loop(N - 1, S1, (H * 31 + byte_size(B)) rem 1000000007, case Ok of true -> Bad; false -> Bad + 1 end).

chars(S, 0, Acc) -> {Acc, S};
chars(S, N, Acc) -> S1 = rnd(S), chars(S1, N - 1, [32 + (S1 bsr 10) rem 224 | Acc]).
rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
