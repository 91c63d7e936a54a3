-module(std_string_find).
%% string:find/2,3 leading and trailing
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:find("abcbc", "bc") end,
        fun() -> string:find("abcbc", "bc", trailing) end,
        fun() -> string:find("abc", "z") end,
        fun() -> string:find("abc", "") end,
        fun() -> string:find(<<"hello world">>, "o") end,
        fun() -> string:find(<<"hello world">>, "o", trailing) end,
        fun() -> string:find(<<"hello">>, <<"hello">>) end,
        fun() -> string:find("", "a") end,
        fun() -> string:find("aaaa", "aa", trailing) end,
        fun() -> string:find("a.b.c", ".", leading) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
