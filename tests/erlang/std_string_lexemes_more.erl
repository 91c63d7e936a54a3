-module(std_string_lexemes_more).
%% lexemes and nth_lexeme with several separators and binaries
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:lexemes("a, b ,c", ", ") end,
        fun() -> string:lexemes(<<"  one two  three ">>, " ") end,
        fun() -> string:lexemes("path/to//file", "/") end,
        fun() -> string:lexemes("x", "x") end,
        fun() -> string:lexemes(<<"k=v;k2=v2">>, "=;") end,
        fun() -> string:nth_lexeme("a,b,,c", 3, ",") end,
        fun() -> string:nth_lexeme(<<"a b">>, 2, " ") end,
        fun() -> string:nth_lexeme("", 1, " ") end,
        fun() -> [string:nth_lexeme("w1 w2 w3", N, " ") || N <- [1, 2, 3]] end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
