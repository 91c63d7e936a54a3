-module(std_string_to_float).
%% string:to_float/1 results, rests and errors
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:to_float("1.5") end,
        fun() -> string:to_float("1.5e3x") end,
        fun() -> string:to_float("-0.25") end,
        fun() -> string:to_float("+1.0E-2z") end,
        fun() -> string:to_float("2.5e") end,
        fun() -> string:to_float("1,5") end,
        fun() -> string:to_float("1e3") end,
        fun() -> string:to_float("1.") end,
        fun() -> string:to_float(".5") end,
        fun() -> string:to_float("12") end,
        fun() -> string:to_float("") end,
        fun() -> string:to_float(<<"3.25 m">>) end,
        fun() -> string:to_float(bad) end,
        fun() -> string:to_float("1.0e400") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
