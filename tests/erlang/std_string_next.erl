-module(std_string_next).
%% string:next_grapheme/1, next_codepoint/1 and to_graphemes/1
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:next_grapheme("abc") end,
        fun() -> string:next_grapheme(<<"abc">>) end,
        fun() -> string:next_grapheme("") end,
        fun() -> string:next_grapheme(<<>>) end,
        fun() -> string:next_grapheme("\r\nx") end,
        fun() -> string:next_grapheme("e\x{301}z") end,
        fun() -> string:next_codepoint("abc") end,
        fun() -> string:next_codepoint(<<"abc">>) end,
        fun() -> string:next_codepoint("") end,
        fun() -> string:next_codepoint(<<16#c3, 16#a9, $x>>) end,
        fun() -> string:next_codepoint(<<255, 1>>) end,
        fun() -> string:to_graphemes("a\r\nb") end,
        fun() -> string:to_graphemes(<<"xy">>) end,
        fun() -> string:to_graphemes("e\x{301}\x{302}f") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
