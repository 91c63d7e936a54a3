-module(std_lists_flatten).
%% flatten/1,2, flatlength, append/1, concat, join
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:flatten([1, [2, [3, [4]], []], 5]) end,
        fun() -> lists:flatten([[], [[]], [[[]]]]) end,
        fun() -> lists:flatten([a, [b]], [c, d]) end,
        fun() -> lists:flatten(["ab", [$c, "de"]]) end,
        fun() -> lists:flatlength([1, [2, [3, 4]], [], 5]) end,
        fun() -> lists:append([[1, 2], [3], [], [4, 5]]) end,
        fun() -> lists:append([1], [2]) end,
        fun() -> lists:concat([foo, "bar", 12, 'Baz', 1.5]) end,
        fun() -> lists:join(x, [a, b, c]) end,
        fun() -> lists:join(x, []) end,
        fun() -> lists:join(x, [a]) end,
        fun() -> lists:flatten(not_a_list) end,
        fun() -> lists:flatten([a | b]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
