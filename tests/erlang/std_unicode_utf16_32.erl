-module(std_unicode_utf16_32).
%% UTF-16 and UTF-32 in both byte orders
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> unicode:characters_to_binary("a\x{10000}", unicode, utf16) end,
        fun() -> unicode:characters_to_binary("a\x{10000}", unicode, {utf16, little}) end,
        fun() -> unicode:characters_to_binary("a\x{10000}", unicode, utf32) end,
        fun() -> unicode:characters_to_binary("ab", unicode, {utf32, little}) end,
        fun() -> unicode:characters_to_list(<<0, 97, 216, 0, 220, 0>>, utf16) end,
        fun() -> unicode:characters_to_list(<<97, 0, 0, 216, 0, 220>>, {utf16, little}) end,
        fun() -> unicode:characters_to_list(<<0, 0, 0, 97, 0, 1, 0, 0>>, utf32) end,
        fun() -> unicode:characters_to_list(<<97, 0, 0, 0>>, {utf32, little}) end,
        fun() -> unicode:characters_to_binary(<<0, 104, 0, 105>>, utf16, utf8) end,
        fun() -> unicode:characters_to_binary(<<"hi">>, utf8, utf16) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
