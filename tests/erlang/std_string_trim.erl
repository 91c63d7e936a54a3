-module(std_string_trim).
%% string:trim/1,2,3 with the default whitespace, directions and character sets
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:trim("  abc  ") end,
        fun() -> string:trim("\t\n abc \r\n") end,
        fun() -> string:trim("  abc  ", leading) end,
        fun() -> string:trim("  abc  ", trailing) end,
        fun() -> string:trim("xxabcxx", both, "x") end,
        fun() -> string:trim("xyabcyx", both, "xy") end,
        fun() -> string:trim(<<"  bin  ">>) end,
        fun() -> string:trim(<<"..bin..">>, trailing, ".") end,
        fun() -> string:trim("") end,
        fun() -> string:trim("    ") end,
        fun() -> string:trim(<<"   ">>, leading) end,
        fun() -> string:trim("abc") end,
        fun() -> string:trim("a\r\n", trailing) end,
        fun() -> string:trim("\x{a0}x\x{a0}") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
