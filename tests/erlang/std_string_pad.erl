-module(std_string_pad).
%% string:pad/2,3,4 in every direction, with a fill character
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:pad("abc", 6) end,
        fun() -> string:pad("abc", 6, leading) end,
        fun() -> string:pad("abc", 6, both) end,
        fun() -> string:pad("abc", 7, both, $*) end,
        fun() -> string:pad("abc", 2) end,
        fun() -> string:pad("abc", 2, leading) end,
        fun() -> string:pad("abc", 2, both) end,
        fun() -> string:pad(<<"ab">>, 5, both) end,
        fun() -> string:pad("ab", 4, trailing, $.) end,
        fun() -> string:pad("", 3) end,
        fun() -> unicode:characters_to_list(string:pad("x", 5, both, $-)) end,
        fun() -> unicode:characters_to_binary(string:pad(<<"7">>, 3, leading, $0)) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
