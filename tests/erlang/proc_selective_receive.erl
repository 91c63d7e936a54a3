-module(proc_selective_receive).
-export([start/0]).
%% Selective receive: pattern picks later messages first, earlier ones stay queued in order.

start() ->
    self() ! {low, 1},
    self() ! {high, 2},
    self() ! {low, 3},
    self() ! {high, 4},
    self() ! other,
    H1 = receive {high, X} -> X end,
    H2 = receive {high, Y} -> Y end,
    io:format("~w ~w~n", [H1, H2]),
    Rest = drain([]),
    io:format("~w~n", [Rest]),
    %% receive with guards
    [self() ! N || N <- [5, 12, 7, 20, 1]],
    Big = receive N when N > 10 -> N end,
    io:format("~w~n", [Big]),
    Small = receive N2 when N2 < 5 -> N2 end,
    io:format("~w~n", [Small]),
    io:format("~w~n", [drain([])]),
    %% a bound variable in a receive pattern
    Tag = make_ref(),
    self() ! {other_tag, wrong},
    self() ! {Tag, right},
    receive {Tag, V} -> io:format("~w~n", [V]) end,
    io:format("~w~n", [drain([])]).

drain(Acc) ->
    receive M -> drain([M | Acc]) after 0 -> lists:reverse(Acc) end.
