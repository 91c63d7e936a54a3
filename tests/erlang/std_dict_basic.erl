-module(std_dict_basic).
%% dict: store, find, fetch, erase, take, size (to_list sorted)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> D = dict:from_list([{b, 2}, {a, 1}, {c, 3}]), lists:sort(dict:to_list(D)) end,
        fun() -> dict:size(dict:from_list([{a, 1}, {a, 2}])) end,
        fun() -> dict:fetch(a, dict:from_list([{a, 1}, {a, 2}])) end,
        fun() -> dict:find(b, dict:from_list([{a, 1}, {b, 2}])) end,
        fun() -> dict:find(z, dict:new()) end,
        fun() -> dict:find(1.0, dict:from_list([{1, one}])) end,
        fun() -> dict:fetch(z, dict:new()) end,
        fun() -> dict:is_key(a, dict:store(a, 1, dict:new())) end,
        fun() -> dict:is_key(b, dict:store(a, 1, dict:new())) end,
        fun() -> lists:sort(dict:to_list(dict:erase(a, dict:from_list([{a, 1}, {b, 2}])))) end,
        fun() -> dict:size(dict:erase(z, dict:from_list([{a, 1}]))) end,
        fun() -> {V, D} = dict:take(a, dict:from_list([{a, 1}, {b, 2}])), {V, dict:to_list(D)} end,
        fun() -> dict:take(z, dict:new()) end,
        fun() -> lists:sort(dict:fetch_keys(dict:from_list([{x, 1}, {y, 2}]))) end,
        fun() -> dict:is_empty(dict:new()) end,
        fun() -> dict:is_empty(dict:store(k, v, dict:new())) end,
        fun() -> dict:size(dict:new()) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
