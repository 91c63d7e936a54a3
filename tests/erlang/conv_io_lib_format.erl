-module(conv_io_lib_format).
-export([start/0]).
%% io_lib:format returns deep character lists; every directive of the suite.

start() ->
    S1 = lists:flatten(io_lib:format("~w-~p-~s-~b", [{a, "b"}, "c", "d", 42])),
    io:format("~p~n", [S1]),
    io:format("~p~n", [lists:flatten(io_lib:format("~w~n", [[1, 2]]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~s", [<<"binary">>]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~s", [hello]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~b|~b", [-10, 1 bsl 66]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~~ tilde", []))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [#{1 => [1, 2], 2 => {x}}]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("no args", []))]),
    io:format("~w~n", [try io_lib:format(id("~w"), []) catch error:R -> R end]),
    io:format("~s ~s~n", ["multiple", "strings"]),
    io:format("plain line~n"),
    io:format("~w~w~w~n", [a, b, c]).

id(X) -> X.
