-module(std_lists_seq).
%% seq/2,3 including empty ranges, negative steps and errors
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:seq(1, 5) end,
        fun() -> lists:seq(5, 1) end,
        fun() -> lists:seq(1, 0) end,
        fun() -> lists:seq(1, 10, 3) end,
        fun() -> lists:seq(10, 1, -3) end,
        fun() -> lists:seq(1, 1, 0) end,
        fun() -> lists:seq(1, 2, 0) end,
        fun() -> lists:seq(1, -1) end,
        fun() -> lists:seq(-3, 3, 2) end,
        fun() -> lists:seq(5, 4, 1) end,
        fun() -> lists:seq(1.0, 3) end,
        fun() -> lists:seq(1, 5, -1) end,
        fun() -> length(lists:seq(1, 100000)) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
