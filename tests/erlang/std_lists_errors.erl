-module(std_lists_errors).
%% bad arguments to lists functions (class and reason only)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:nth(0, [a]) end,
        fun() -> lists:nthtail(-1, [a]) end,
        fun() -> lists:sublist([a], 0, -1) end,
        fun() -> lists:split(-1, [a]) end,
        fun() -> lists:seq(a, 3) end,
        fun() -> lists:duplicate(a, x) end,
        fun() -> lists:last(not_a_list) end,
        fun() -> lists:sum([a]) end,
        fun() -> lists:max([]) end,
        fun() -> lists:zip(a, b) end,
        fun() -> lists:keysort(1, not_a_list) end,
        fun() -> lists:mapfoldl(not_a_fun, 0, [1]) end,
        fun() -> lists:foldr(fun(_, A) -> A end, 0, [1 | 2]) end,
        fun() -> lists:append(id(a), [1]) end,
        fun() -> lists:reverse(not_a_list) end,
        fun() -> lists:member(a, not_a_list) end,
        fun() -> lists:delete(a, not_a_list) end,
        fun() -> lists:flatlength([a | b]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
