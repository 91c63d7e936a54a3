-module(std_lists_sort_terms).
%% sort/usort across term types, equal-comparing numbers, sort/2 with custom orders
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:sort([b, 3, "s", {t}, [], 2.5, <<"b">>, a, {a, b}, [x]]) end,
        fun() -> lists:usort([3, 1, 2, 3, 1]) end,
        fun() -> lists:usort([1, 1.0, 2]) end,
        fun() -> lists:usort([1.0, 1, 2]) end,
        fun() -> lists:sort([{2, a}, {1, b}, {2, c}, {1, d}]) end,
        fun() -> lists:sort(fun(A, B) -> A >= B end, [3, 1, 2]) end,
        fun() -> lists:sort(fun({_, A}, {_, B}) -> A =< B end, [{x, 2}, {y, 1}, {z, 2}, {w, 1}]) end,
        fun() -> lists:usort(fun(A, B) -> A =< B end, [3, 1, 3, 2, 1]) end,
        fun() -> lists:usort(fun(A, B) -> abs(A) =< abs(B) end, [-2, 2, 1, -1, 3]) end,
        fun() -> lists:sort([]) end,
        fun() -> lists:sort([x]) end,
        fun() -> lists:sort(not_a_list) end,
        fun() -> lists:sort([b, a | c]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
