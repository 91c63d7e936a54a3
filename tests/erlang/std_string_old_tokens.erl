-module(std_string_old_tokens).
%% old API: tokens, join, words, sub_word, strip
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:tokens("a b  c", " ") end,
        fun() -> string:tokens("a,b;;c", ",;") end,
        fun() -> string:tokens("", ",") end,
        fun() -> string:tokens(",,,", ",") end,
        fun() -> string:join(["a", "b", "c"], ", ") end,
        fun() -> string:join([], ", ") end,
        fun() -> string:join(["one"], "-") end,
        fun() -> string:words("  hello  big world ") end,
        fun() -> string:words("a-b-c", $-) end,
        fun() -> string:sub_word("one two three", 2) end,
        fun() -> string:sub_word("one two three", 5) end,
        fun() -> string:sub_word("a.b.c", 3, $.) end,
        fun() -> string:strip("  x  ") end,
        fun() -> string:strip("  x  ", left) end,
        fun() -> string:strip("  x  ", right) end,
        fun() -> string:strip("..x..", both, $.) end,
        fun() -> string:strip("") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
