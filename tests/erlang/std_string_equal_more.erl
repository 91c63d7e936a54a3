-module(std_string_equal_more).
%% equal/3 ignoring case on binaries and non-ASCII text; is_empty on deep data
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:equal(<<"ABC">>, "abc", true) end,
        fun() -> string:equal(<<"ABC">>, <<"abd">>, true) end,
        fun() -> string:equal("\x{c9}t\x{c9}", "\x{e9}T\x{e9}", true) end,
        fun() -> string:equal("STRASSE", "stra\x{df}e", true) end,
        fun() -> string:equal("", <<>>) end,
        fun() -> string:equal([[]], "") end,
        fun() -> string:equal("a", "a ", false) end,
        fun() -> string:is_empty([[[[]]]]) end,
        fun() -> string:is_empty(<<" ">>) end,
        fun() -> string:equal(<<"x">>, [<<"x">>]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
