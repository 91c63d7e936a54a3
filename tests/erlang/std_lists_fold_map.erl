-module(std_lists_fold_map).
%% foldl, foldr, mapfoldl, mapfoldr, map, filter, filtermap, flatmap, foreach order
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:foldl(fun(X, Acc) -> [X | Acc] end, [], [1, 2, 3]) end,
        fun() -> lists:foldr(fun(X, Acc) -> [X | Acc] end, [], [1, 2, 3]) end,
        fun() -> lists:mapfoldl(fun(X, Acc) -> {X * 2, Acc + X} end, 0, [1, 2, 3]) end,
        fun() -> lists:mapfoldr(fun(X, Acc) -> {X * 2, [X | Acc]} end, [], [1, 2, 3]) end,
        fun() -> lists:map(fun(X) -> X + 1 end, []) end,
        fun() -> lists:filter(fun(X) -> X > 2 end, [1, 2, 3, 4]) end,
        fun() -> lists:filtermap(fun(X) when X > 2 -> {true, X * 10}; (X) -> X =:= 1 end, [1, 2, 3, 4]) end,
        fun() -> lists:flatmap(fun(X) -> [X, X] end, [a, b]) end,
        fun() -> put(seen, []), lists:foreach(fun(X) -> put(seen, [X | get(seen)]) end, [1, 2, 3]), get(seen) end,
        fun() -> lists:map(fun(X) -> X end, [a | b]) end,
        fun() -> lists:foldl(fun(X, A) -> X + A end, 0, not_a_list) end,
        fun() -> lists:filter(fun(X) -> X end, [true, false, 1]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
