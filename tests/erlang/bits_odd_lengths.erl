-module(bits_odd_lengths).
-export([start/0]).
%% Bitstrings of every length 0..40 bits: printing with ~w and ~p, bit_size/byte_size,
%% is_binary/is_bitstring, comparison and sorting of bitstrings, bitstring_to_list and
%% list_to_bitstring, matching off odd tails.

start() ->
    Bs = [<<(16#5A5A5A5A5A bsr (40 - N)):N>> || N <- lists:seq(0, 40)],
    [io:format("~w ~p ~w ~w ~w ~w~n", [B, B, bit_size(B), byte_size(B), is_binary(B), is_bitstring(B)]) || B <- Bs],
    io:format("~w~n", [lists:sort(Bs ++ [<<1:1>>, <<0:1>>, <<255>>, <<>>, <<128, 0:1>>])]),
    io:format("~w~n", [[bitstring_to_list(B) || B <- lists:sublist(Bs, 6, 10)]]),
    io:format("~w~n", [list_to_bitstring([<<1:3>>, 2, [<<3:5>>, <<4:7>>], <<>>])]),
    io:format("~w~n", [[tails(B) || B <- lists:sublist(Bs, 20, 5)]]),
    io:format("~w ~w ~w~n", [<<1:1>> < <<1:2>>, <<1:1>> < <<0:1, 0:8>>, <<0:7>> == <<0:7>>]).

tails(<<>>) -> [];
tails(<<H:3, T/bits>>) -> [H | tails(T)];
tails(<<_/bits>> = B) -> [{rest, B}].
