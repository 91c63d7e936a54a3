-module(std_string_lexemes).
%% string:lexemes/2 and nth_lexeme/3
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:lexemes("a b  c", " ") end,
        fun() -> string:lexemes("  leading and trailing  ", " ") end,
        fun() -> string:lexemes("a,b;c", ",;") end,
        fun() -> string:lexemes(<<"a,b,,c">>, ",") end,
        fun() -> string:lexemes("", " ") end,
        fun() -> string:lexemes("   ", " ") end,
        fun() -> string:lexemes("abc", "") end,
        fun() -> string:lexemes("a\tb\nc", [$\t, $\n]) end,
        fun() -> string:nth_lexeme("a b c", 2, " ") end,
        fun() -> string:nth_lexeme("a b c", 3, " ") end,
        fun() -> string:nth_lexeme("a b c", 4, " ") end,
        fun() -> string:nth_lexeme(<<"x:y:z">>, 1, ":") end,
        fun() -> string:nth_lexeme("::x::y", 2, ":") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
