-module(std_lists_sublist).
%% sublist, nthtail, nth, split, splitwith, partition, takewhile, dropwhile
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> lists:sublist([1, 2, 3, 4], 2) end,
        fun() -> lists:sublist([1, 2, 3, 4], 2, 2) end,
        fun() -> lists:sublist([1, 2, 3], 5) end,
        fun() -> lists:sublist([1, 2, 3], 4, 1) end,
        fun() -> lists:sublist([1, 2, 3], 5, 1) end,
        fun() -> lists:nthtail(2, [a, b, c]) end,
        fun() -> lists:nthtail(3, [a, b, c]) end,
        fun() -> lists:nthtail(4, [a, b, c]) end,
        fun() -> lists:nth(1, [a, b]) end,
        fun() -> lists:nth(3, [a, b]) end,
        fun() -> lists:split(2, [a, b, c]) end,
        fun() -> lists:split(0, [a]) end,
        fun() -> lists:split(4, [a, b]) end,
        fun() -> lists:splitwith(fun(X) -> X < 3 end, [1, 2, 3, 1]) end,
        fun() -> lists:partition(fun(X) -> X rem 2 =:= 0 end, [1, 2, 3, 4, 5]) end,
        fun() -> lists:takewhile(fun(X) -> X < 3 end, [1, 2, 3, 1]) end,
        fun() -> lists:dropwhile(fun(X) -> X < 3 end, [1, 2, 3, 1]) end,
        fun() -> lists:sublist([1, 2], -1) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
