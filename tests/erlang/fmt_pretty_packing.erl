-module(fmt_pretty_packing).
%% ~p packs short atomic elements on a line and breaks before compound ones
-export([start/0]).

start() ->
    io:format("~p~n", [lists:seq(1000, 1040)]),
    io:format("~p~n", [[a, {b}, c, d, [e], f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w]]),
    io:format("~p~n", [[aaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbb, {cccccccccccc}, ddddddddddddddddddd, eeeeeeeeeeeeeeeeeee]]),
    io:format("~p~n", [{lists:seq(1, 20), lists:seq(21, 40), x, y, z}]),
    io:format("~p~n", [["str1", "str2", "a somewhat longer string", "and another one", "x", "y", "z"]]),
    io:format("~p~n", [[<<"b1">>, <<"b2">>, <<1, 2, 3>>, <<"a longer binary string">>, <<"and more">>]]),
    io:format("~p~n", [[1.5, 2.25, 3.125, 4.0625, 5.03125, 6.015625, 7.0078125, 8.00390625, 9.5]]),
    io:format("~p~n", [[#{1 => 2}, #{3 => 4}, #{5 => 6}, #{7 => 8}, #{9 => 10}, #{11 => 12}, #{13 => 14}]]),
    ok.
