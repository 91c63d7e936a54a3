-module(std_proplists_transform).
%% proplists: delete, append_values, compact, unfold, property, split, to_map, from_map
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> proplists:delete(a, [a, {a, 1}, b, {c, a}]) end,
        fun() -> proplists:append_values(a, [{a, [1, 2]}, b, {a, 3}, a]) end,
        fun() -> proplists:compact([{a, true}, {b, 1}, c, {d, true, x}]) end,
        fun() -> proplists:unfold([a, {b, 1}, "s"]) end,
        fun() -> proplists:property(a, true) end,
        fun() -> proplists:property(a, 1) end,
        fun() -> proplists:property({a, true}) end,
        fun() -> proplists:property({"s", true}) end,
        fun() -> proplists:split([a, {b, 1}, c, {a, 2}, d], [a, b]) end,
        fun() -> lists:sort(maps:to_list(proplists:to_map([a, {b, 1}, {b, 2}, {1, x}]))) end,
        fun() -> lists:sort(proplists:from_map(#{1 => a, 2 => b})) end,
        fun() -> lists:sort(maps:to_list(proplists:to_map([{k, v}, junk]))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
