-module(std_string_old_search).
%% old API: chr, rchr, str, rstr, span, cspan, len, concat
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:chr("hello", $l) end,
        fun() -> string:chr("hello", $z) end,
        fun() -> string:rchr("hello", $l) end,
        fun() -> string:str("abcbc", "bc") end,
        fun() -> string:str("abc", "x") end,
        fun() -> string:str("abc", "") end,
        fun() -> string:rstr("abcbc", "bc") end,
        fun() -> string:span("aabbc", "ab") end,
        fun() -> string:span("xyz", "ab") end,
        fun() -> string:cspan("aabbc", "c") end,
        fun() -> string:cspan("abc", "xyz") end,
        fun() -> string:len("four") end,
        fun() -> string:concat("ab", "cd") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
