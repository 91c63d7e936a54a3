-module(std_string_prefix).
%% string:prefix/2 and string:chomp/1
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:prefix("foobar", "foo") end,
        fun() -> string:prefix("foobar", "bar") end,
        fun() -> string:prefix(<<"foobar">>, "foo") end,
        fun() -> string:prefix("foo", "") end,
        fun() -> string:prefix("", "a") end,
        fun() -> string:prefix("abc", "abc") end,
        fun() -> string:chomp("line\n") end,
        fun() -> string:chomp("line\r\n") end,
        fun() -> string:chomp("line") end,
        fun() -> string:chomp(<<"line\n">>) end,
        fun() -> string:chomp("a\n\n") end,
        fun() -> string:chomp("") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
