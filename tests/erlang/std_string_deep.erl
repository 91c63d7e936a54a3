-module(std_string_deep).
%% deep and mixed chardata arguments, results compared as text
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:length(["ab", [<<"cd">>, [$e]], <<>>]) end,
        fun() -> unicode:characters_to_list(string:trim([" a", <<"b ">>])) end,
        fun() -> [unicode:characters_to_list(X) || X <- string:split(["ab", <<"c,d">>], ",")] end,
        fun() -> [unicode:characters_to_list(X) || X <- string:lexemes([<<"a b">>, " c"], " ")] end,
        fun() -> unicode:characters_to_list(string:uppercase(["ab", <<"cd">>])) end,
        fun() -> string:equal(string:reverse(["ab", <<"c">>]), "cba") end,
        fun() -> unicode:characters_to_list(string:slice(["ab", <<"cdef">>], 1, 3)) end,
        fun() -> string:to_integer(["1", <<"2">>, "3"]) end,
        fun() -> string:is_empty([[[]], <<>>]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
