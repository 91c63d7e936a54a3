-module(map_print_order).
-export([start/0]).
%% Printing order of maps with integer, float, tuple and binary keys up to 32 keys (term
%% order); large maps (hash order, which differs between OTP 25, 27 and 29) only through
%% sorted keys/values/to_list.

start() ->
    Small = maps:from_list([{I * 7 rem 31, I} || I <- lists:seq(1, 31)]),
    io:format("~w~n~p~n", [Small, Small]),
    Mixed = #{2.0 => a, 1 => b, {x} => c, <<"k">> => d, [] => e, 3 => f, -1.5 => g},
    io:format("~w~n", [Mixed]),
    io:format("~w~n~w~n", [maps:keys(Mixed), maps:values(Mixed)]),
    At32 = maps:from_list([{I, I} || I <- lists:seq(32, 1, -1)]),
    io:format("~w~n", [At32]),
    At33 = maps:from_list([{I, I} || I <- lists:seq(33, 1, -1)]),
    io:format("~w~n", [lists:sort(maps:to_list(At33))]),
    Big = maps:from_list([{I * I, I} || I <- lists:seq(1, 100)]),
    io:format("~w~n", [lists:sort(maps:keys(Big))]),
    io:format("~w~n", [lists:sort(maps:values(Big))]),
    io:format("~w~n", [lists:sort(maps:to_list(maps:from_list([{{I}, I} || I <- lists:seq(1, 40)])))]),
    io:format("~w~n", [lists:sort(maps:keys(maps:from_list([{<<I>>, I} || I <- lists:seq(1, 40)])))]),
    io:format("~w~n", [lists:sort(maps:keys(maps:from_list([{I + 0.5, I} || I <- lists:seq(1, 40)])))]),
    Tiny = maps:from_list([{{I}, I} || I <- lists:seq(1, 20)] ++ [{<<I>>, I} || I <- lists:seq(1, 5)] ++ [{I + 0.5, I} || I <- lists:seq(1, 5)]),
    io:format("~w~n~w~n~w~n", [Tiny, maps:keys(Tiny), maps:values(Tiny)]),
    Nested = #{1 => #{2 => #{3 => []}}, 0 => #{}},
    io:format("~w~n", [Nested]).
