-module(std_string_old_more).
%% old API edge cases: chars/copies/centre/left/right/sub_word/words/strip/tokens
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:centre("abcdef", 3) end,
        fun() -> string:centre("abcdef", 4) end,
        fun() -> string:centre("", 3) end,
        fun() -> string:left("", 2) end,
        fun() -> string:right("", 2, $x) end,
        fun() -> string:sub_word("", 1) end,
        fun() -> string:words("") end,
        fun() -> string:words("   ") end,
        fun() -> string:strip("xxaxx", left, $x) end,
        fun() -> string:strip("xxaxx", right, $x) end,
        fun() -> string:strip("aaa", both, $a) end,
        fun() -> string:tokens("abc", "") end,
        fun() -> string:tokens("  a  ", " ") end,
        fun() -> string:join([[], [], []], ",") end,
        fun() -> string:chars($a, 0) end,
        fun() -> string:copies("", 5) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
