-module(std_string_equal).
%% string:equal/2,3,4 and string:is_empty/1
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:equal("abc", "abc") end,
        fun() -> string:equal("abc", <<"abc">>) end,
        fun() -> string:equal(["a", <<"bc">>], "abc") end,
        fun() -> string:equal("abc", "abd") end,
        fun() -> string:equal("ABC", "abc", true) end,
        fun() -> string:equal("ABC", "abc", false) end,
        fun() -> string:equal("abc", "abc", false, none) end,
        fun() -> string:is_empty("") end,
        fun() -> string:is_empty(<<>>) end,
        fun() -> string:is_empty([[], <<>>, []]) end,
        fun() -> string:is_empty(" ") end,
        fun() -> string:is_empty(["", <<"a">>]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
