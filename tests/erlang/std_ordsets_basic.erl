-module(std_ordsets_basic).
%% ordsets: construction, membership, == comparison of elements
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> ordsets:new() end,
        fun() -> ordsets:from_list([c, a, b, a]) end,
        fun() -> ordsets:from_list([2, 1.0, 1, 3]) end,
        fun() -> ordsets:is_set([a, b, c]) end,
        fun() -> ordsets:is_set([b, a]) end,
        fun() -> ordsets:is_set([a, a]) end,
        fun() -> ordsets:is_set(not_a_list) end,
        fun() -> ordsets:size([a, b]) end,
        fun() -> ordsets:is_element(b, [a, b, c]) end,
        fun() -> ordsets:is_element(1.0, [1, 2]) end,
        fun() -> ordsets:is_element(d, [a, b, c]) end,
        fun() -> ordsets:add_element(b, [a, c]) end,
        fun() -> ordsets:add_element(1.0, [1, 2]) end,
        fun() -> ordsets:add_element(z, []) end,
        fun() -> ordsets:del_element(b, [a, b, c]) end,
        fun() -> ordsets:del_element(x, [a, b, c]) end,
        fun() -> ordsets:del_element(2.0, [1, 2, 3]) end,
        fun() -> ordsets:to_list([a, b]) end,
        fun() -> ordsets:is_empty([]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
