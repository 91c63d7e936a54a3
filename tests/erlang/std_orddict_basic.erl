-module(std_orddict_basic).
%% orddict: store, find, fetch, erase, take, keys and == comparison of keys
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> D = orddict:from_list([{b, 2}, {a, 1}, {c, 3}]), D end,
        fun() -> orddict:from_list([{a, 1}, {a, 2}]) end,
        fun() -> orddict:store(b, 20, orddict:from_list([{a, 1}, {b, 2}])) end,
        fun() -> orddict:store(1.0, x, [{1, a}, {2, b}]) end,
        fun() -> orddict:find(b, [{a, 1}, {b, 2}]) end,
        fun() -> orddict:find(z, [{a, 1}, {b, 2}]) end,
        fun() -> orddict:find(1.0, [{1, one}]) end,
        fun() -> orddict:fetch(a, [{a, 1}]) end,
        fun() -> orddict:fetch(z, [{a, 1}]) end,
        fun() -> orddict:is_key(a, [{a, 1}]) end,
        fun() -> orddict:is_key(b, [{a, 1}]) end,
        fun() -> orddict:erase(a, [{a, 1}, {b, 2}]) end,
        fun() -> orddict:erase(z, [{a, 1}]) end,
        fun() -> orddict:take(a, [{a, 1}, {b, 2}]) end,
        fun() -> orddict:take(z, [{a, 1}]) end,
        fun() -> orddict:fetch_keys([{a, 1}, {b, 2}]) end,
        fun() -> orddict:size([{a, 1}, {b, 2}]) end,
        fun() -> orddict:is_empty(orddict:new()) end,
        fun() -> orddict:to_list([{a, 1}]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
