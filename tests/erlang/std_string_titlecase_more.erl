-module(std_string_titlecase_more).
%% titlecase/casefold/uppercase on edge input and binaries
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:titlecase("a") end,
        fun() -> string:titlecase(" leading space") end,
        fun() -> string:titlecase(<<"x y">>) end,
        fun() -> string:titlecase("1abc") end,
        fun() -> string:casefold(<<"ABC">>) end,
        fun() -> string:casefold("") end,
        fun() -> string:uppercase("") end,
        fun() -> string:lowercase(<<>>) end,
        fun() -> string:uppercase("mIxEd 123 !?") end,
        fun() -> string:lowercase("\x{100}\x{102}\x{139}") end,
        fun() -> string:uppercase("\x{101}\x{103}\x{13a}") end,
        fun() -> string:uppercase("\x{3c2}") end,
        fun() -> string:lowercase("\x{3a3}") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
