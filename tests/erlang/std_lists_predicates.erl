-module(std_lists_predicates).
%% all, any, search, enumerate, uniq, zf
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:all(fun is_atom/1, [a, b]) end,
        fun() -> lists:all(fun is_atom/1, [a, 1]) end,
        fun() -> lists:all(fun is_atom/1, []) end,
        fun() -> lists:any(fun is_atom/1, [1, b]) end,
        fun() -> lists:any(fun is_atom/1, []) end,
        fun() -> lists:search(fun(X) -> X > 2 end, [1, 2, 3, 4]) end,
        fun() -> lists:search(fun(X) -> X > 9 end, [1, 2]) end,
        fun() -> lists:enumerate([a, b, c]) end,
        fun() -> lists:enumerate(0, [a, b]) end,
        fun() -> lists:enumerate(10, []) end,
        fun() -> lists:uniq([3, 1, 3, 2, 1]) end,
        fun() -> lists:uniq([1, 1.0, 1]) end,
        fun() -> lists:uniq(fun(X) -> X rem 3 end, [1, 2, 3, 4, 5, 6]) end,
        fun() -> lists:uniq([]) end,
        fun() -> lists:zf(fun(X) when X > 1 -> {true, X}; (_) -> false end, [1, 2, 3]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
