-module(fmt_pretty_maps).
%% ~p of maps: short, long values, nested, map keys
-export([start/0]).

start() ->
    io:format("~p~n", [#{}]),
    io:format("~p~n", [#{1 => one}]),
    io:format("~p~n", [maps:from_list([{I, I * I} || I <- lists:seq(1, 30)])]),
    io:format("~p~n", [#{1 => lists:seq(1, 40), 2 => "short", 3 => {a, lists:seq(1, 30)}}]),
    io:format("~p~n", [#{1 => #{2 => #{3 => lists:seq(1, 35)}}}]),
    io:format("~p~n", [#{[lists:seq(1, 30)] => value}]),
    io:format("~p~n", [#{{key, lists:seq(1, 30)} => {value, lists:seq(1, 30)}}]),
    io:format("~p~n", [[#{1 => a}, #{2 => lists:duplicate(90, $x)}]]),
    io:format("~p~n", [{config, #{10 => "ten", 20 => "twenty", 30 => "thirty", 40 => "forty", 50 => "fifty"}}]),
    io:format("~w~n", [maps:from_list([{I, I} || I <- lists:seq(1, 10)])]),
    io:format("~p~n", [#{key => [1, 2, 3]}]),
    io:format("~p~n", [#{"string key" => <<"binary value">>}]),
    ok.
