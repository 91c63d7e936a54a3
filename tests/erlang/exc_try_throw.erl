-module(exc_try_throw).
-export([start/0]).
-compile(nowarn_deprecated_catch). % `catch Expr` is deprecated in OTP 29; tested on purpose
%% throw/1 caught by try with class throw (and with the default class).

start() ->
    io:format("~w~n", [t(fun() -> throw(ball) end)]),
    io:format("~w~n", [t(fun() -> throw({deep, [nested]}) end)]),
    io:format("~w~n", [t(fun() -> 42 end)]),
    io:format("~w~n", [implicit(fun() -> throw(no_class_needed) end)]),
    io:format("~w~n", [find_first_even([1, 3, 5, 6, 7, 8])]),
    io:format("~w~n", [find_first_even([1, 3])]),
    io:format("~w~n", [catch throw(via_catch)]).

t(F) ->
    try F() catch throw:X -> {thrown, X} end.

%% a pattern without a class catches throws only
implicit(F) ->
    try F() catch X -> {implicit_throw, X} end.

find_first_even(L) ->
    try
        lists:foreach(fun(X) when X rem 2 =:= 0 -> throw({found, X}); (_) -> ok end, L),
        not_found
    catch
        throw:{found, X} -> X
    end.
