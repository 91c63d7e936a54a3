-module(conv_list_to_integer_errors).
-export([start/0]).
%% list_to_integer/1 and binary_to_integer/1 reject malformed input with badarg.

start() ->
    Bad = ["", "-", "+", "1.0", "12a", " 1", "1 ", "--1", "0x10", [$1 | x], abc, 12],
    [io:format("~w~n", [try list_to_integer(S) of V -> {ok, V} catch error:R -> R end]) || S <- Bad],
    BadBin = [<<>>, <<"x">>, <<"1e3">>, <<"-">>],
    [io:format("~w~n", [try binary_to_integer(B) of V -> {ok, V} catch error:R -> R end]) || B <- BadBin],
    io:format("~w~n", [string:to_integer("42abc")]),
    io:format("~w~n", [string:to_integer("abc")]).
