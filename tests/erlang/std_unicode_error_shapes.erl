-module(std_unicode_error_shapes).
%% the raw {error, Done, Rest} and {incomplete, Done, Rest} terms for bad input at several depths
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> unicode:characters_to_binary([$a, 16#110000, $b]) end,
        fun() -> unicode:characters_to_binary(["ab", <<"c">>, [-1, $d]]) end,
        fun() -> unicode:characters_to_binary([<<"ab">>, <<255, 1>>, "x"]) end,
        fun() -> unicode:characters_to_binary([<<"ab", 16#e2, 16#82>>, "c"]) end,
        fun() -> unicode:characters_to_binary([256, $a], unicode, latin1) end,
        fun() -> unicode:characters_to_binary([<<"ab", 255>>]) end,
        fun() -> unicode:characters_to_binary([[<<"ab", 255>>, "c"], "d"]) end,
        fun() -> unicode:characters_to_binary([$a, [$b, 256000000], $e]) end,
        fun() -> unicode:characters_to_binary([[[-5]]]) end,
        fun() -> unicode:characters_to_binary([[$a, [-5]], $b]) end,
        fun() -> unicode:characters_to_list([<<"ab", 255>>]) end,
        fun() -> unicode:characters_to_list([[<<"ab", 255>>, "c"], "d"]) end,
        fun() -> unicode:characters_to_list([[$a, [-5]], $b]) end,
        fun() -> unicode:characters_to_list([[$a, [-5]], $b], latin1) end,
        fun() -> unicode:characters_to_binary([[$a, [300]], $b], unicode, latin1) end,
        fun() -> unicode:characters_to_binary([[$a, <<"x", 196, 128, "y">>], $b], unicode, latin1) end,
        fun() -> unicode:characters_to_binary(<<"x", 196, 128, "y">>, unicode, latin1) end,
        fun() -> unicode:characters_to_list([<<"x">>, <<"ab", 16#e2, 16#82>> | <<"z">>]) end,
        fun() -> unicode:characters_to_list([[<<"x">>, <<"ab", 16#e2, 16#82>>]]) end,
        fun() -> unicode:characters_to_binary(<<"ab", 16#e2, 16#82>>, utf8, latin1) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
