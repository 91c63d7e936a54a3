-module(std_string_take).
%% string:take/2,3,4 with complement and both directions
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:take("aabbcc", "ab") end,
        fun() -> string:take("aabbcc", "c", true) end,
        fun() -> string:take("aabbcc", "c", false, trailing) end,
        fun() -> string:take("aabbcc", "a", true, trailing) end,
        fun() -> string:take(<<"123abc">>, "0123456789") end,
        fun() -> string:take("", "a") end,
        fun() -> string:take("xyz", "xyz") end,
        fun() -> string:take("  word", " ") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
