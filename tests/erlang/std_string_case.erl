-module(std_string_case).
%% uppercase, lowercase, titlecase, casefold on lists and binaries
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:uppercase("hello World 123") end,
        fun() -> string:uppercase(<<"abc">>) end,
        fun() -> string:lowercase("HeLLo") end,
        fun() -> string:lowercase(<<"ABC-def">>) end,
        fun() -> string:titlecase("hello world") end,
        fun() -> string:titlecase(<<"élan"/utf8>>) end,
        fun() -> string:titlecase("") end,
        fun() -> string:casefold("MiXeD") end,
        fun() -> string:uppercase("\x{e9}\x{e0}\x{ff}") end,
        fun() -> string:lowercase("\x{c9}\x{c0}") end,
        fun() -> string:uppercase("\x{df}") end,
        fun() -> string:casefold("\x{df}") end,
        fun() -> string:uppercase("\x{3b1}\x{3b2}\x{3b3}") end,
        fun() -> string:lowercase("\x{410}\x{411}") end,
        fun() -> string:uppercase([$a, <<"b">>, "c"]) =:= "ABC" end,
        fun() -> string:equal(string:lowercase("ABC"), "abc") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
