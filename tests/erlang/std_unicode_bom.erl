-module(std_unicode_bom).
%% byte order marks
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> unicode:bom_to_encoding(<<239, 187, 191, 1>>) end,
        fun() -> unicode:bom_to_encoding(<<255, 254, 0, 0>>) end,
        fun() -> unicode:bom_to_encoding(<<0, 0, 254, 255>>) end,
        fun() -> unicode:bom_to_encoding(<<255, 254>>) end,
        fun() -> unicode:bom_to_encoding(<<254, 255, 1>>) end,
        fun() -> unicode:bom_to_encoding(<<1>>) end,
        fun() -> unicode:bom_to_encoding(<<>>) end,
        fun() -> unicode:encoding_to_bom(utf8) end,
        fun() -> unicode:encoding_to_bom(unicode) end,
        fun() -> unicode:encoding_to_bom({utf16, little}) end,
        fun() -> unicode:encoding_to_bom(utf16) end,
        fun() -> unicode:encoding_to_bom({utf32, little}) end,
        fun() -> unicode:encoding_to_bom(utf32) end,
        fun() -> unicode:encoding_to_bom(latin1) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
