-module(std_string_split).
%% string:split/2,3 on lists and binaries, leading/trailing/all, empty parts
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:split("a,b,c", ",") end,
        fun() -> string:split("a,b,c", ",", trailing) end,
        fun() -> string:split("a,b,c", ",", all) end,
        fun() -> string:split(",a,,b,", ",", all) end,
        fun() -> string:split("abc", "") end,
        fun() -> string:split("", ",") end,
        fun() -> string:split("a--b--c", "--", all) end,
        fun() -> string:split("a--b--c", "--", trailing) end,
        fun() -> string:split("aaa", "aa", all) end,
        fun() -> string:split(<<"a,b,c">>, ",") end,
        fun() -> string:split(<<"a,b,c">>, <<",">>, all) end,
        fun() -> string:split(<<"key=value=x">>, "=", trailing) end,
        fun() -> string:split("no sep here", ";") end,
        fun() -> string:split(<<>>, ",", all) end,
        fun() -> string:split("x", "x", all) end,
        fun() -> string:split("line1\nline2\n", "\n", all) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
