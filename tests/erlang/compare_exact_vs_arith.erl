-module(compare_exact_vs_arith).
-export([start/0]).
%% == vs =:= and /= vs =/= on ints, floats, bignums and nested terms.

start() ->
    Pairs = [{1, 1}, {1, 1.0}, {0, 0.0}, {1 bsl 70, float(1 bsl 70)}, {a, a}, {"ab", "ab"},
             {{1, 2}, {1.0, 2}}, {[1], [1.0]}, {#{a => 1}, #{a => 1.0}}, {2, 3}, {<<1>>, <<1>>}],
    [io:format("~w ~w ~w ~w~n", [A == B, A =:= B, A /= B, A =/= B]) || {A, B} <- Pairs],
    io:format("~w~n", [[case X of 1 -> int; _ -> nomatch end || X <- [1, 1.0]]]),
    io:format("~w~n", [lists:member(1.0, [1, 2])]),
    io:format("~w~n", [lists:keyfind(1, 1, [{1.0, float}, {1, int}])]),
    io:format("~w~n", [[1 < 1.0, 1 > 1.0, 1 =< 1.0, 1 >= 1.0]]).
