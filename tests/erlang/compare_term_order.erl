-module(compare_term_order).
-export([start/0]).
%% Standard term order: number < atom < reference < fun < (port <) pid < tuple < map < nil < list < bitstring.
%% Ports are left out: a VM need not have any port open.

start() ->
    Ref = make_ref(),
    Fun = fun() -> ok end,
    Pid = self(),
    Ordered = [{number, 1}, {atom, a}, {reference, Ref}, {'fun', Fun},
               {pid, Pid}, {tuple, {1}}, {map, #{}}, {nil, []}, {list, [1]}, {bitstring, <<1>>}],
    Names = [N || {N, _} <- Ordered],
    Shuffled = lists:reverse(Ordered),
    Sorted = lists:sort(fun({_, A}, {_, B}) -> A =< B end, Shuffled),
    io:format("~w~n", [[N || {N, _} <- Sorted]]),
    io:format("~w~n", [[N || {N, _} <- Sorted] =:= Names]),
    Vals = [V || {_, V} <- Ordered],
    io:format("~w~n", [pairwise(Vals)]),
    io:format("~w~n", [[1 < a, a < {}, {} < [], [] < [0], [0] < <<>>, 99999999999999999999 < a]]),
    io:format("~w~n", [[a < b, aa > a, 'B' < a, '' < a]]),
    io:format("~w~n", [[<<1>> < <<1, 0>>, <<2>> > <<1, 255>>, <<>> < <<0>>]]).

pairwise([A, B | T]) -> [A < B | pairwise([B | T])];
pairwise(_) -> [].
