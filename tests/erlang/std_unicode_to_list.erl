-module(std_unicode_to_list).
%% unicode:characters_to_list/1 on lists, binaries and mixed chardata
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> unicode:characters_to_list("abc") end,
        fun() -> unicode:characters_to_list(<<"abc">>) end,
        fun() -> unicode:characters_to_list(<<16#c3, 16#a9, 16#e2, 16#82, 16#ac>>) end,
        fun() -> unicode:characters_to_list(["ab", <<"cd">>, [$e, [<<"f">>]]]) end,
        fun() -> unicode:characters_to_list([]) end,
        fun() -> unicode:characters_to_list(<<>>) end,
        fun() -> unicode:characters_to_list([[], <<>>, [[]]]) end,
        fun() -> unicode:characters_to_list([16#10FFFF]) end,
        fun() -> unicode:characters_to_list([<<"x">> | <<"y">>]) end,
        fun() -> unicode:characters_to_list("\x{1F600}") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
