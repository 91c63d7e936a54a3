-module(std_string_old_substr).
%% old API: substr, sub_string, left, right, centre, copies, chars
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:substr("hello", 2) end,
        fun() -> string:substr("hello", 2, 3) end,
        fun() -> string:substr("hello", 6) end,
        fun() -> string:substr("hello", 2, 10) end,
        fun() -> string:sub_string("hello", 2, 4) end,
        fun() -> string:sub_string("hello", 3) end,
        fun() -> string:left("abc", 5) end,
        fun() -> string:left("abcdef", 3) end,
        fun() -> string:left("ab", 4, $.) end,
        fun() -> string:right("abc", 5) end,
        fun() -> string:right("abcdef", 3) end,
        fun() -> string:right("7", 3, $0) end,
        fun() -> string:centre("ab", 6) end,
        fun() -> string:centre("ab", 5, $*) end,
        fun() -> string:centre("abc", 0) end,
        fun() -> string:copies("ab", 3) end,
        fun() -> string:copies("ab", 0) end,
        fun() -> string:chars($x, 3) end,
        fun() -> string:chars($x, 2, "tail") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
