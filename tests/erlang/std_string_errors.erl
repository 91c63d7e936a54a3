-module(std_string_errors).
%% bad arguments to the unicode string API (class and reason)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:length(not_text) end,
        fun() -> string:trim(42) end,
        fun() -> string:split(bad, ",") end,
        fun() -> string:slice("abc", -1) end,
        fun() -> string:pad("abc", foo) end,
        fun() -> string:find(1, "a") end,
        fun() -> string:uppercase(abc) end,
        fun() -> string:copies("a", -1) end,
        fun() -> string:substr("abc", 0) end,
        fun() -> string:next_codepoint(atom) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
