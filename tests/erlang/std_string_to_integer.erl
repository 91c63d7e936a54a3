-module(std_string_to_integer).
%% string:to_integer/1 results, rests and errors
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:to_integer("42") end,
        fun() -> string:to_integer("42abc") end,
        fun() -> string:to_integer("-17 rest") end,
        fun() -> string:to_integer("+5") end,
        fun() -> string:to_integer("") end,
        fun() -> string:to_integer("abc") end,
        fun() -> string:to_integer("-") end,
        fun() -> string:to_integer("  12") end,
        fun() -> string:to_integer("0012") end,
        fun() -> string:to_integer("1.5") end,
        fun() -> string:to_integer(<<"99 red">>) end,
        fun() -> string:to_integer(<<>>) end,
        fun() -> string:to_integer(not_a_string) end,
        fun() -> string:to_integer([a]) end,
        fun() -> string:to_integer("123456789012345678901234567890x") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
