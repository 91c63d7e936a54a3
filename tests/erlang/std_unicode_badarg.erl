-module(std_unicode_badarg).
%% non-chardata and unknown encodings raise badarg
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> unicode:characters_to_list(foo) end,
        fun() -> unicode:characters_to_binary([foo]) end,
        fun() -> unicode:characters_to_list("a", bogus) end,
        fun() -> unicode:characters_to_binary("a", unicode, bogus) end,
        fun() -> unicode:characters_to_binary(42) end,
        fun() -> unicode:characters_to_list([1.5]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
