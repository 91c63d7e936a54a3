-module(std_unicode_errors).
%% invalid and incomplete input (converted part, and rest as text)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> unicode:characters_to_binary([$a, 16#110000, $b]) end,
        fun() -> unicode:characters_to_binary(<<"ab", 16#e2, 16#82>>) end,
        fun() -> unicode:characters_to_list(<<"ab", 16#e2, 16#82>>) end,
        fun() -> unicode:characters_to_list(<<"ab", 16#e2, 16#82, 1>>) end,
        fun() -> unicode:characters_to_list(<<0, 97, 216, 0>>, utf16) end,
        fun() -> unicode:characters_to_list(<<0, 97, 220, 0, 0, 98>>, utf16) end,
        fun() -> unicode:characters_to_list(<<0, 0, 0, 97, 0, 17, 0, 0>>, utf32) end,
        fun() -> unicode:characters_to_list([256], latin1) end,
        fun() -> unicode:characters_to_binary([$a, 16#D800]) end,
        fun() -> unicode:characters_to_binary(<<16#ed, 16#a0, 16#80>>) end,
        fun() -> unicode:characters_to_list(<<16#c0, 16#80>>) end,
        fun() -> unicode:characters_to_list(<<16#f4, 16#90, 16#80, 16#80>>) end,
        fun() -> unicode:characters_to_list([<<"x">>, <<"ab", 16#e2, 16#82>>]) end,
        fun() -> unicode:characters_to_list(<<"abc", 16#e2>>, utf8) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
