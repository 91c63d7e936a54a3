-module(conv_float_string).
-export([start/0]).
%% float_to_list/binary with options, list_to_float, and the shortest form.

start() ->
    io:format("~s~n", [float_to_list(3.14159, [{decimals, 2}])]),
    io:format("~s~n", [float_to_list(2.5, [{decimals, 0}])]),
    io:format("~s~n", [float_to_list(1.0, [{decimals, 4}, compact])]),
    io:format("~s~n", [float_to_list(0.1, [short])]),
    io:format("~s~n", [float_to_list(1.0e-5, [short])]),
    io:format("~s~n", [float_to_list(123.456, [{scientific, 3}])]),
    io:format("~s~n", [float_to_binary(-0.75, [{decimals, 3}])]),
    io:format("~s~n", [float_to_list(1.5)]),
    io:format("~w~n", [list_to_float("2.5")]),
    io:format("~w~n", [list_to_float("-1.0e3")]),
    io:format("~w~n", [binary_to_float(<<"6.25">>)]),
    io:format("~w~n", [try list_to_float(id("1")) catch error:R -> R end]),
    io:format("~w~n", [try list_to_float(id("1.")) catch error:R2 -> R2 end]),
    io:format("~w~n", [string:to_float("3.5rest")]).

id(X) -> X.
