-module(std_string_graphemes).
%% slice/length/reverse/pad/trim count combining sequences and CR LF as one grapheme
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:slice("ae\x{301}io", 1, 2) end,
        fun() -> string:slice(<<"a", 16#cc, 16#81, "bc">>, 1) end,
        fun() -> string:length("e\x{301}\x{302}\x{303}") end,
        fun() -> string:length("\r\n\r\n") end,
        fun() -> string:length("\n\r") end,
        fun() -> string:reverse("\r\n\n\r") end,
        fun() -> string:pad("e\x{301}", 3) end,
        fun() -> string:trim("\r\n x \r\n") end,
        fun() -> string:trim("\r\nx\r", both, "\r") end,
        fun() -> string:take("\r\n\r\nx", "\r\n") end,
        fun() -> string:to_graphemes("\r\r\n\n") end,
        fun() -> string:split("a\x{301}a", "a", all) end,
        fun() -> string:find("ae\x{301}", "e") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
