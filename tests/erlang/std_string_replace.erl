-module(std_string_replace).
%% string:replace/3,4 results (deep lists) and flattened
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:replace("abcbd", "b", "XY") end,
        fun() -> string:replace("abcbd", "b", "XY", all) end,
        fun() -> string:replace("abcbd", "b", "XY", trailing) end,
        fun() -> string:replace("abc", "z", "Q") end,
        fun() -> string:replace(<<"a.b.c">>, ".", "-", all) end,
        fun() -> unicode:characters_to_list(string:replace("a b c", " ", "", all)) end,
        fun() -> unicode:characters_to_binary(string:replace(<<"x=1">>, "=", <<" := ">>)) end,
        fun() -> string:replace("", "a", "b") end,
        fun() -> string:replace("aaa", "a", "b", all) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
