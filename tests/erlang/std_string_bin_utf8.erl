-module(std_string_bin_utf8).
%% string functions on UTF-8 binaries with non-ASCII text
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:length(<<"h", 16#c3, 16#a9, "llo">>) end,
        fun() -> string:uppercase(<<16#c3, 16#a9, "t", 16#c3, 16#a9>>) end,
        fun() -> string:slice(<<16#c3, 16#a9, "ab">>, 1) end,
        fun() -> string:split(<<"a", 16#e2, 16#82, 16#ac, "b">>, [16#20ac]) end,
        fun() -> string:reverse(<<16#c3, 16#a9, "a">>) end,
        fun() -> string:find(<<"x", 16#c3, 16#a9, "y">>, [16#e9]) end,
        fun() -> string:next_grapheme(<<"e", 16#cc, 16#81, "x">>) end,
        fun() -> string:trim(<<" ", 16#c3, 16#a9, " ">>) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
