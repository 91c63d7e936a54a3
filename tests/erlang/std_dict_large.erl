-module(std_dict_large).
%% dict with many keys, folds and filters (sorted results)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> D = dict:from_list([{I, I * 2} || I <- lists:seq(1, 2000)]), {dict:size(D), dict:fetch(1999, D), dict:fold(fun(_, V, A) -> A + V end, 0, D)} end,
        fun() -> D = dict:from_list([{I, I} || I <- lists:seq(1, 500)]), dict:size(dict:filter(fun(K, _) -> K > 250 end, D)) end,
        fun() -> D = lists:foldl(fun(I, A) -> dict:append(I rem 5, I, A) end, dict:new(), lists:seq(1, 50)), lists:sort(dict:to_list(D)) end,
        fun() -> D = lists:foldl(fun(I, A) -> dict:erase(I, A) end, dict:from_list([{I, x} || I <- lists:seq(1, 300)]), lists:seq(1, 300, 3)), dict:size(D) end,
        fun() -> D1 = dict:from_list([{I, 1} || I <- lists:seq(1, 100)]), D2 = dict:from_list([{I, 2} || I <- lists:seq(50, 150)]), M = dict:merge(fun(_, A, B) -> A + B end, D1, D2), {dict:size(M), dict:fetch(75, M), dict:fetch(10, M), dict:fetch(120, M)} end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
