-module(std_queue_fold_any).
%% queue:fold, any, all, member and len over queues built in different ways
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> Q = queue:in_r(0, queue:in(4, queue:from_list([1, 2, 3]))), queue:fold(fun(X, A) -> [X | A] end, [], Q) end,
        fun() -> Q = queue:from_list([1, 2, 3]), [queue:any(fun(X) -> X > 2 end, Q), queue:all(fun(X) -> X > 0 end, Q), queue:all(fun(X) -> X > 1 end, Q)] end,
        fun() -> queue:fold(fun(X, A) -> X + A end, 0, queue:new()) end,
        fun() -> queue:any(fun(_) -> true end, queue:new()) end,
        fun() -> queue:all(fun(_) -> false end, queue:new()) end,
        fun() -> Q = queue:from_list([a, b, c]), [queue:member(M, Q) || M <- [a, c, d]] end,
        fun() -> Q = lists:foldl(fun queue:in/2, queue:new(), lists:seq(1, 100)), {queue:len(Q), queue:get(Q), queue:get_r(Q)} end,
        fun() -> queue:fold(not_a_fun, 0, queue:new()) end,
        fun() -> queue:any(fun(X) -> X end, not_a_queue) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
