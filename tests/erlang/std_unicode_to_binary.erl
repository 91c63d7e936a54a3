-module(std_unicode_to_binary).
%% unicode:characters_to_binary/1 encodes UTF-8
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> unicode:characters_to_binary("abc") end,
        fun() -> unicode:characters_to_binary([233, 8364, 66376]) end,
        fun() -> unicode:characters_to_binary(["a", <<"b">>, [$c]]) end,
        fun() -> unicode:characters_to_binary(<<"already">>) end,
        fun() -> unicode:characters_to_binary([]) end,
        fun() -> unicode:characters_to_binary([127, 128, 2047, 2048, 65535, 65536]) end,
        fun() -> byte_size(unicode:characters_to_binary(lists:seq(1, 300))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
