-module(bin_size_ops).
-export([start/0]).
%% byte_size/1, bit_size/1, binary_part/3, split_binary/2, binary:first/last.

start() ->
    Bins = [<<>>, <<1>>, <<"hello">>, <<1:4>>, <<1, 2:3>>, list_to_binary(lists:duplicate(1000, $x))],
    [io:format("~w ~w~n", [byte_size(B), bit_size(B)]) || B <- Bins],
    H = <<"hello world">>,
    io:format("~p~n", [binary_part(H, 6, 5)]),
    io:format("~p~n", [binary_part(H, {0, 5})]),
    io:format("~p~n", [split_binary(H, 5)]),
    io:format("~w ~w~n", [binary:first(H), binary:last(H)]),
    io:format("~w~n", [try binary_part(id(H), 10, 5) catch error:E -> E end]),
    io:format("~w~n", [try byte_size(id(abc)) catch error:E2 -> E2 end]).

id(X) -> X.
