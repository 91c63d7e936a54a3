-module(std_unicode_mixed).
%% characters_to_binary of lists mixing latin1 binaries and integers
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> unicode:characters_to_binary([<<"caf">>, 233, <<" ok">>], latin1) end,
        fun() -> unicode:characters_to_binary([[<<1, 2>>], 3], latin1, latin1) end,
        fun() -> unicode:characters_to_list([<<233>>, [<<234>>]], latin1) end,
        fun() -> unicode:characters_to_binary([<<"a">>, [[<<"b">>, $c], [$d | <<"e">>]]]) end,
        fun() -> unicode:characters_to_list(<<>>, utf16) end,
        fun() -> unicode:characters_to_binary(<<>>, utf32, utf8) end,
        fun() -> unicode:characters_to_binary([<<0, 0, 0, 65>>], utf32, utf8) end,
        fun() -> unicode:characters_to_binary([], latin1, utf16) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
