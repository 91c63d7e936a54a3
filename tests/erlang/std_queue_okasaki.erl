-module(std_queue_okasaki).
%% queue: Okasaki API (cons, head, tail, snoc, daeh, last, liat, init) and raw forms
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> queue:cons(1, queue:cons(2, queue:new())) end,
        fun() -> queue:snoc(queue:snoc(queue:new(), 1), 2) end,
        fun() -> queue:head(queue:from_list([a, b, c])) end,
        fun() -> queue:tail(queue:from_list([a, b, c])) end,
        fun() -> queue:daeh(queue:from_list([a, b, c])) end,
        fun() -> queue:last(queue:from_list([a, b, c])) end,
        fun() -> queue:liat(queue:from_list([a, b, c])) end,
        fun() -> queue:init(queue:from_list([a, b, c])) end,
        fun() -> queue:tail(queue:from_list([a])) end,
        fun() -> queue:head(queue:new()) end,
        fun() -> queue:tail(queue:new()) end,
        fun() -> queue:last(queue:new()) end,
        fun() -> queue:init(queue:new()) end,
        fun() -> queue:to_list(queue:cons(0, queue:snoc(queue:from_list([1, 2]), 3))) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
