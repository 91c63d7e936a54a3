-module(std_orddict_from_list).
%% orddict:from_list with duplicates and == keys, fetch errors, append_list on new keys
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> orddict:from_list([{b, 1}, {a, 2}, {b, 3}]) end,
        fun() -> orddict:from_list([{1, a}, {1.0, b}]) end,
        fun() -> orddict:from_list([{1.0, b}, {1, a}]) end,
        fun() -> orddict:from_list([]) end,
        fun() -> orddict:from_list([{x, 1}]) end,
        fun() -> orddict:fetch(1.0, [{1, a}]) end,
        fun() -> orddict:append_list(z, [1], [{a, [0]}]) end,
        fun() -> orddict:append(a, 1, [{a, [0]}, {b, []}]) end,
        fun() -> orddict:store(a, 1, []) end,
        fun() -> orddict:erase(1.0, [{1, a}, {2, b}]) end,
        fun() -> orddict:take(1.0, [{1, a}]) end,
        fun() -> orddict:is_key(1.0, [{1, a}]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
