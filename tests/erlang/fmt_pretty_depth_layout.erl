-module(fmt_pretty_depth_layout).
%% ~P with depths that cut long structures, laid out over several lines
-export([start/0]).

start() ->
    T = [{node, I, lists:seq(1, 12), #{I => lists:duplicate(I, $q)}} || I <- lists:seq(1, 8)],
    lists:foreach(fun(D) -> io:format("~w:~n~P~n", [D, T, D]) end, [2, 3, 4, 5, 7, 10, 50]),
    B = list_to_binary(lists:seq(1, 120)),
    lists:foreach(fun(D) -> io:format("~w:~n~P~n", [D, {bin, B}, D]) end, [3, 10, 30, 100]),
    S = lists:duplicate(100, $s),
    lists:foreach(fun(D) -> io:format("~w:~n~P~n", [D, [S, S], D]) end, [2, 3, 5]),
    ok.
