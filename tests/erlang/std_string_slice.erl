-module(std_string_slice).
%% string:slice/2,3 and string:length/1
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:slice("hello", 1) end,
        fun() -> string:slice("hello", 1, 3) end,
        fun() -> string:slice("hello", 0, 0) end,
        fun() -> string:slice("hello", 10) end,
        fun() -> string:slice("hello", 2, infinity) end,
        fun() -> string:slice(<<"hello">>, 2) end,
        fun() -> string:slice(<<"hello">>, 1, 2) end,
        fun() -> string:slice("", 0, 5) end,
        fun() -> string:length("hello") end,
        fun() -> string:length(<<"hello">>) end,
        fun() -> string:length("") end,
        fun() -> string:length(["ab", <<"cd">>, $e]) end,
        fun() -> string:length("a\r\nb") end,
        fun() -> string:length(<<"caf", 16#c3, 16#a9>>) end,
        fun() -> string:length("e\x{301}x") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
