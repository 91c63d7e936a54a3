-module(std_proplists_get).
%% proplists: get_value, get_all_values, lookup, lookup_all, is_defined, get_bool
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> L = [a, {b, 1}, {c, 2, 3}, {b, 4}, "junk", 7], [proplists:get_value(K, L) || K <- [a, b, c, d]] end,
        fun() -> proplists:get_value(d, [a], none) end,
        fun() -> proplists:get_all_values(b, [{b, 1}, a, {b, 2}, {b, 3, 4}]) end,
        fun() -> proplists:lookup(b, [{a, 1}, {b, 2}, {b, 3}]) end,
        fun() -> proplists:lookup(a, [a]) end,
        fun() -> proplists:lookup(z, [a]) end,
        fun() -> proplists:lookup_all(b, [{b, 1}, b, {b, 2, 3}]) end,
        fun() -> proplists:is_defined(a, [a]) end,
        fun() -> proplists:is_defined(z, [a]) end,
        fun() -> proplists:get_bool(a, [a]) end,
        fun() -> proplists:get_bool(a, [{a, false}]) end,
        fun() -> proplists:get_bool(a, [{a, 1}]) end,
        fun() -> proplists:get_bool(z, []) end,
        fun() -> proplists:get_value(a, not_a_list) end,
        fun() -> lists:sort(proplists:get_keys([a, {b, 1}, {a, 2}, {c, 1, 2}])) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
