-module(misc_erlang_display).
-export([start/0]).
%% erlang:display/1 on every printable term type (this program prints only via display).

start() ->
    Terms = [0, -42, 1 bsl 70, -(1 bsl 70), 1.5, ok, 'Quoted Atom', '', [], [1, 2, 3],
             "string", [a | b], {}, {a, {b, [c]}}, <<>>, <<1, 2, 3>>, <<"text">>,
             #{}, #{a => 1}, #{1 => x, 2 => [y]}, [{k, v}], <<1:3>>],
    lists:foreach(fun erlang:display/1, Terms),
    erlang:display(done).
