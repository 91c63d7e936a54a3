-module(std_string_find_more).
%% find, prefix, equal and split on longer patterns and overlapping matches
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:find("aaab", "aab") end,
        fun() -> string:find("abababx", "ababx") end,
        fun() -> string:find("mississippi", "ssi", trailing) end,
        fun() -> string:find(<<"mississippi">>, "issip") end,
        fun() -> string:split("mississippi", "ss", all) end,
        fun() -> string:split("mississippi", "ss", trailing) end,
        fun() -> string:split(<<"a::b::">>, "::", all) end,
        fun() -> string:replace("mississippi", "ss", "SS", all) end,
        fun() -> string:prefix("prefix-rest", "prefix-") end,
        fun() -> string:prefix(<<"ab">>, "abc") end,
        fun() -> string:equal("abc", "ab") end,
        fun() -> string:find("ab", "abc") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
