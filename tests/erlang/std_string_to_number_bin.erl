-module(std_string_to_number_bin).
%% to_integer/to_float on binaries and deep chardata keep the rest
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:to_integer(<<"12abc">>) end,
        fun() -> string:to_integer(<<"-0">>) end,
        fun() -> string:to_integer(<<"+">>) end,
        fun() -> string:to_float(<<"1.25e2 rest">>) end,
        fun() -> string:to_float(<<"0.5">>) end,
        fun() -> string:to_float(<<"7">>) end,
        fun() -> string:to_integer([$1, $2 | "x"]) end,
        fun() -> string:to_integer("007") end,
        fun() -> string:to_float("-1.5e-3!") end,
        fun() -> string:to_float("1.5E10") end,
        fun() -> string:to_float("3.0e+2") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
