-module(bits_utf).
-export([start/0, m8/1, m16/1, m32/1]).
%% utf8, utf16 and utf32 segments, big and little endian: construction of boundary code
%% points, matching them back in a loop, and the errors (surrogates, > 16#10FFFF, negative,
%% truncated or invalid encodings do not match).

start() ->
    Cs = [0, $a, 16#7F, 16#80, 16#7FF, 16#800, 16#D7FF, 16#E000, 16#FFFD, 16#FFFF, 16#10000, 16#10FFFF],
    [io:format("~w ~w ~w ~w ~w ~w~n", [C, <<C/utf8>>, <<C/utf16>>, <<C/utf16-little>>,
                                       <<C/utf32>>, <<C/utf32-little>>]) || C <- Cs],
    B8 = << <<C/utf8>> || C <- Cs >>,
    B16 = << <<C/utf16-little>> || C <- Cs >>,
    B32 = << <<C/utf32>> || C <- Cs >>,
    io:format("~w~n~w~n~w~n", [d8(B8), d16l(B16), d32(B32)]),
    io:format("~w~n", [[catch_f(fun() -> <<(id(C))/utf8>> end) || C <- [16#D800, 16#DFFF, 16#110000, -1, a]]]),
    io:format("~w~n", [[catch_f(fun() -> <<(id(C))/utf16>> end) || C <- [16#D800, 16#110000]]]),
    io:format("~w~n", [[catch_f(fun() -> <<(id(C))/utf32>> end) || C <- [16#DC00, 16#110000]]]),
    Bad = [<<16#C0, 16#80>>, <<16#E0, 16#80, 16#80>>, <<16#ED, 16#A0, 16#80>>, <<16#F4, 16#90, 0, 0>>,
           <<16#80>>, <<16#E2, 16#82>>, <<16#FF>>, <<16#F8, 16#88, 16#80, 16#80, 16#80>>],
    io:format("~w~n", [[?MODULE:m8(B) || B <- Bad]]),
    io:format("~w~n", [[?MODULE:m16(B) || B <- [<<16#D8, 0>>, <<16#DC, 0, 0, 0>>, <<16#D8, 0, 16#DC, 0>>, <<0>>]]]),
    io:format("~w~n", [[?MODULE:m32(B) || B <- [<<0, 16#11, 0, 0>>, <<0, 0, 16#D8, 0>>, <<0, 0, 0>>, <<0, 0, 0, 65>>]]]).

d8(<<C/utf8, R/binary>>) -> [C | d8(R)];
d8(<<>>) -> [].
d16l(<<C/utf16-little, R/binary>>) -> [C | d16l(R)];
d16l(<<>>) -> [].
d32(<<C/utf32, R/binary>>) -> [C | d32(R)];
d32(<<>>) -> [].
m8(B) -> case B of <<C/utf8, _/binary>> -> C; _ -> nomatch end.
m16(B) -> case B of <<C/utf16, _/binary>> -> C; _ -> nomatch end.
m32(B) -> case B of <<C/utf32, _/binary>> -> C; _ -> nomatch end.
catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
