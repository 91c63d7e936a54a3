-module(fmt_io_format_paths).
%% io:format with formats the VM writes natively and ones it hands to io_lib, side by side
-export([start/0]).

start() ->
    Ts = [{a, "b", <<"c">>, 1.5, -7, [x | y], #{1 => 2}}, "string", <<1, 2, 3>>, <<"abc">>,
          'Quoted', 'it\'s', [], {}, <<>>, 12345678901234567890, -0.0, [[], [[]]], <<7:3>>],
    lists:foreach(fun(T) ->
        io:format("~p ~w~n", [T, T]),
        io:format("~1p~n", [T]),
        io:format("~lp ~tw~n", [T, T]),
        io:format("~P ~W~n", [T, 2, T, 2]),
        io:format(standard_io, "~p~n", [T])
    end, Ts),
    io:format("~s|~s|~s~n", ["abc", abc, <<"abc">>]),
    io:format("~s~n", [[[$a], $b | <<"c">>]]),
    io:format("~b ~c ~i~~~n", [-42, $z, ignored]),
    io:format("~s~p~n", [lists:duplicate(60, $-), lists:seq(1, 10)]),
    io:format("~s~p~n", [lists:duplicate(75, $-), lists:seq(1, 10)]),
    ok.
