-module(bits_match_clauses).
-export([start/0]).
%% Binary matching in function heads and case with many clauses: literal prefixes,
%% sizes bound earlier in the pattern, guards on extracted values, a TLV decoder, and
%% clauses that fall through on too-short input.

start() ->
    Ins = [<<>>, <<1>>, <<"GET /x">>, <<"POST /y">>, <<0, 3, "abc", 1, 1, "z">>, <<255, 255>>,
           <<2, 0:16>>, <<16#CAFEBABE:32, 1>>, <<7:3, 1:5>>, <<1, 2, 3, 4, 5, 6, 7, 8, 9>>],
    [io:format("~w~n", [cls(I)]) || I <- Ins],
    io:format("~w~n", [tlv(<<1, 2, "hi", 2, 0, 3, 4, "abcd">>)]),
    io:format("~w~n", [tlv(<<1, 9, "short">>)]),
    io:format("~w~n", [words(<<"the quick  brown fox">>, <<>>, [])]).

cls(<<>>) -> empty;
cls(<<"GET ", Path/binary>>) -> {get, Path};
cls(<<"POST ", Path/binary>>) -> {post, Path};
cls(<<16#CAFEBABE:32, V>>) -> {java, V};
cls(<<0, N, Str:N/binary, Rest/binary>>) -> {counted, Str, Rest};
cls(<<X, Y>>) when X =:= Y -> {pair, X};
cls(<<T:8, L:16, _:L/binary>>) -> {tl, T, L};
cls(<<A:3, B:5>>) when A > B -> {bits, A, B};
cls(<<A, _/binary>>) when byte_size(<<A>>) =:= 1, A < 2 -> {small, A};
cls(B) -> {other, byte_size(B)}.

tlv(<<T, L, V:L/binary, R/binary>>) -> [{T, V} | tlv(R)];
tlv(<<>>) -> [];
tlv(B) -> [{junk, B}].

words(<<>>, W, Acc) -> lists:reverse(add(W, Acc));
words(<<$\s, R/binary>>, W, Acc) -> words(R, <<>>, add(W, Acc));
words(<<C, R/binary>>, W, Acc) -> words(R, <<W/binary, C>>, Acc).
add(<<>>, Acc) -> Acc;
add(W, Acc) -> [W | Acc].
