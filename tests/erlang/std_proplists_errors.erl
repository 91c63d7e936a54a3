-module(std_proplists_errors).
%% proplists on odd input: non-property terms are skipped, bad lists raise
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> proplists:get_value(a, [1, "x", {}, {a}, {a, 1}]) end,
        fun() -> proplists:get_all_values(a, [{a}, {a, 1}, {a, 1, 2}]) end,
        fun() -> proplists:lookup(a, [{}, {a}]) end,
        fun() -> proplists:get_value(a, [b | c]) end,
        fun() -> proplists:delete(a, not_a_list) end,
        fun() -> proplists:compact(not_a_list) end,
        fun() -> proplists:unfold([1, 2]) end,
        fun() -> proplists:get_keys([]) end,
        fun() -> proplists:is_defined(a, [{a, 1, 2}]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
