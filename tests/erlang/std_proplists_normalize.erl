-module(std_proplists_normalize).
%% proplists: substitute_aliases, substitute_negations, expand, normalize, to_map/2
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> proplists:substitute_aliases([{a, b}, {c, "s"}], [a, {a, 1}, {a, 1, 2}, c, {c, 2}, x, 7, {b, 9}]) end,
        fun() -> proplists:substitute_negations([{no_a, a}, {n2, b}], [no_a, {no_a, true}, {no_a, false}, {no_a, 3}, n2, x, {n2, 1, 2}]) end,
        fun() -> proplists:expand([{foo, [bar, baz]}, {{k, 1}, [one]}, {{q, true}, [qq]}], [foo, {foo, true}, {k, 1}, {k, 2}, x, q, foo]) end,
        fun() -> proplists:expand([{foo, [bar, {baz, 1}]}], [{foo, false}, y, foo]) end,
        fun() -> proplists:expand([{foo, [[bar], baz]}], [foo]) end,
        fun() -> proplists:expand([{a, [b]}, {a, [c]}], [a]) end,
        fun() -> proplists:expand([{a, [a2]}, {b, [b2]}], [b, a]) end,
        fun() -> proplists:normalize([a, {b, true}, no_c, {d, 1}], [{aliases, [{a, aa}]}, {negations, [{no_c, c}]}, {expand, [{{d, 1}, [e, f]}]}]) end,
        fun() -> lists:sort(maps:to_list(proplists:to_map([a, {b, 1}, no_c], [{negations, [{no_c, c}]}]))) end,
        fun() -> proplists:normalize([], []) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
