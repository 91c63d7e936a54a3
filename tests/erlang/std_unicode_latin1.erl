-module(std_unicode_latin1).
%% latin1 input and output encodings
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> unicode:characters_to_binary(<<233, 65>>, latin1) end,
        fun() -> unicode:characters_to_binary(<<233, 65>>, latin1, latin1) end,
        fun() -> unicode:characters_to_binary("abc", unicode, latin1) end,
        fun() -> unicode:characters_to_binary([233], unicode, latin1) end,
        fun() -> unicode:characters_to_list(<<"abc", 255>>, latin1) end,
        fun() -> unicode:characters_to_binary([<<233>>, 233], latin1, utf8) end,
        fun() -> unicode:characters_to_binary(<<16#c3, 16#a9>>, utf8, latin1) end,
        fun() -> unicode:characters_to_binary(<<"ok">>, latin1, unicode) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
