-module(std_string_old_case).
%% old API: to_upper/to_lower on strings and characters
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:to_upper("hello, World!") end,
        fun() -> string:to_lower("HELLO, World!") end,
        fun() -> string:to_upper($a) end,
        fun() -> string:to_upper($1) end,
        fun() -> string:to_lower($Q) end,
        fun() -> string:to_upper("\x{e9}t\x{e9}") end,
        fun() -> string:to_lower("\x{c0}\x{de}\x{d7}") end,
        fun() -> string:to_upper("\x{ff}\x{100}") end,
        fun() -> string:to_upper("") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
