-module(std_dict_update).
%% dict: update, update_counter, append, map, filter, fold, merge
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> dict:to_list(dict:update(a, fun(V) -> V * 10 end, dict:from_list([{a, 1}]))) end,
        fun() -> dict:update(z, fun(V) -> V end, dict:new()) end,
        fun() -> dict:to_list(dict:update(z, fun(V) -> V end, 0, dict:new())) end,
        fun() -> dict:to_list(dict:update_counter(a, 5, dict:from_list([{a, 1}]))) end,
        fun() -> dict:to_list(dict:update_counter(b, 5, dict:new())) end,
        fun() -> dict:to_list(dict:append(a, x, dict:from_list([{a, [w]}]))) end,
        fun() -> dict:to_list(dict:append(b, x, dict:new())) end,
        fun() -> dict:to_list(dict:append_list(a, [x, y], dict:from_list([{a, [w]}]))) end,
        fun() -> lists:sort(dict:to_list(dict:map(fun(K, V) -> {K, V} end, dict:from_list([{a, 1}, {b, 2}])))) end,
        fun() -> dict:to_list(dict:filter(fun(_, V) -> V > 1 end, dict:from_list([{a, 1}, {b, 2}]))) end,
        fun() -> dict:fold(fun(_, V, Acc) -> V + Acc end, 0, dict:from_list([{a, 1}, {b, 2}, {c, 3}])) end,
        fun() -> lists:sort(dict:to_list(dict:merge(fun(_, V1, V2) -> V1 + V2 end, dict:from_list([{a, 1}, {b, 2}]), dict:from_list([{b, 10}, {c, 3}])))) end,
        fun() -> D = lists:foldl(fun(I, Acc) -> dict:store(I, I * I, Acc) end, dict:new(), lists:seq(1, 200)), 
  {dict:size(D), dict:fetch(150, D), lists:sum([V || {_, V} <- dict:to_list(D)])} end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
