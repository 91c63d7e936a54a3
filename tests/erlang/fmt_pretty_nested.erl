-module(fmt_pretty_nested).
%% ~p line breaking of nested lists and tuples
-export([start/0]).

start() ->
    L = lists:seq(1, 30),
    io:format("~p~n", [L]),
    io:format("~p~n", [[L, L]]),
    io:format("~p~n", [{L, {L}, [[L]]}]),
    io:format("~p~n", [lists:duplicate(6, {abc, "defghi", [1, 2, 3], {x, y}})]),
    io:format("~p~n", [[{I, lists:seq(1, I)} || I <- lists:seq(1, 14)]]),
    io:format("~p~n", [lists:foldl(fun(I, Acc) -> {I, Acc} end, [], lists:seq(1, 25))]),
    io:format("~p~n", [lists:foldl(fun(I, Acc) -> [I, Acc] end, [], lists:seq(1, 25))]),
    io:format("~p~n", [[lists:duplicate(70, $a)]]),
    io:format("~p~n", [{lists:duplicate(100, $b), lists:duplicate(10, $c)}]),
    io:format("~p~n", [lists:foldl(fun(_, A) -> [A] end, a, lists:seq(1, 40))]),
    io:format("~p~n", [lists:foldl(fun(_, A) -> {A} end, x, lists:seq(1, 50))]),
    ok.
