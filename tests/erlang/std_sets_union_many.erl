-module(std_sets_union_many).
%% sets union/intersection of many sets, is_subset chains, fold over large sets
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> S = [sets:from_list(lists:seq(I, I + 10)) || I <- lists:seq(0, 90, 10)], {sets:size(sets:union(S)), sets:size(sets:intersection(lists:sublist(S, 2)))} end,
        fun() -> S = sets:from_list(lists:seq(1, 2000)), {sets:size(S), sets:fold(fun(X, A) -> X + A end, 0, S)} end,
        fun() -> A = sets:from_list(lists:seq(1, 100)), B = sets:from_list(lists:seq(1, 200)), [sets:is_subset(A, B), sets:is_subset(B, A), sets:is_disjoint(A, sets:from_list([0, 201]))] end,
        fun() -> lists:sort(sets:to_list(sets:from_list([{a, 1}, {a, 1}, "s", "s", [], <<>>]))) end,
        fun() -> sets:size(sets:subtract(sets:from_list(lists:seq(1, 1000)), sets:from_list(lists:seq(1, 1000, 2)))) end,
        fun() -> sets:is_element(500, sets:filter(fun(X) -> X rem 100 =:= 0 end, sets:from_list(lists:seq(1, 1000)))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
