-module(std_orddict_update).
%% orddict: update, update_counter, append, append_list, map, filter, fold, merge
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> orddict:update(a, fun(V) -> V * 10 end, [{a, 1}, {b, 2}]) end,
        fun() -> orddict:update(z, fun(V) -> V end, [{a, 1}]) end,
        fun() -> orddict:update(z, fun(V) -> V end, 0, [{a, 1}]) end,
        fun() -> orddict:update(a, fun(V) -> V + 1 end, 0, [{a, 1}]) end,
        fun() -> orddict:update_counter(a, 5, [{a, 1}]) end,
        fun() -> orddict:update_counter(b, 5, [{a, 1}]) end,
        fun() -> orddict:append(a, x, [{a, [w]}]) end,
        fun() -> orddict:append(b, x, [{a, [w]}]) end,
        fun() -> orddict:append_list(a, [x, y], [{a, [w]}]) end,
        fun() -> orddict:map(fun(K, V) -> {K, V} end, [{a, 1}, {b, 2}]) end,
        fun() -> orddict:filter(fun(_, V) -> V > 1 end, [{a, 1}, {b, 2}]) end,
        fun() -> orddict:fold(fun(K, V, Acc) -> [{V, K} | Acc] end, [], [{a, 1}, {b, 2}]) end,
        fun() -> orddict:merge(fun(_, V1, V2) -> V1 + V2 end, [{a, 1}, {b, 2}], [{b, 10}, {c, 3}]) end,
        fun() -> orddict:merge(fun(K, _, _) -> K end, [], [{x, 1}]) end,
        fun() -> orddict:update(1.0, fun(V) -> V end, [{1, a}]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
