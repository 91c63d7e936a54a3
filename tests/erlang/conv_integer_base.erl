-module(conv_integer_base).
-export([start/0]).
%% integer_to_list/2 and list_to_integer/2 in bases 2..36, upper/lower case digits.

start() ->
    N = 255,
    io:format("~p~n", [[integer_to_list(N, B) || B <- [2, 8, 10, 16, 36]]]),
    io:format("~p~n", [integer_to_list(-255, 16)]),
    io:format("~p~n", [integer_to_list(1 bsl 70, 16)]),
    io:format("~p~n", [integer_to_list(1 bsl 70, 36)]),
    io:format("~w~n", [list_to_integer("ff", 16)]),
    io:format("~w~n", [list_to_integer("FF", 16)]),
    io:format("~w~n", [list_to_integer("-1010", 2)]),
    io:format("~w~n", [list_to_integer("zz", 36)]),
    io:format("~w~n", [list_to_integer("777", 8)]),
    io:format("~w~n", [list_to_integer("1" ++ lists:duplicate(40, $0), 2)]),
    io:format("~w~n", [[list_to_integer(integer_to_list(12345, B), B) || B <- lists:seq(2, 36)]
                       =:= lists:duplicate(35, 12345)]),
    io:format("~w~n", [16#1F + 2#101 + 36#Z + 8#17]),
    io:format("~w~n", [[catch_it(fun() -> list_to_integer(S, B) end) || {S, B} <- [{"12", 2}, {"g", 16}, {"1", 37}, {"1", 1}]]]).

catch_it(F) -> try F() catch error:R -> R end.
