-module(std_queue_api).
%% queue: the whole API on small queues, raw forms and to_list, and the
%% errors of empty and bad queues (class and reason only).
-export([start/0]).

start() ->
    Q = queue:from_list([1, 2, 3, 4, 5, 6]),
    Q1 = queue:in(7, queue:in_r(0, Q)),
    p(from_list, Q),
    p(in_in_r, Q1),
    p(len, queue:len(Q1)),
    p(is_queue, [queue:is_queue(Q), queue:is_queue({a, b}), queue:is_queue([])]),
    p(is_empty, [queue:is_empty(queue:new()), queue:is_empty(Q)]),
    p(member, [queue:member(3, Q), queue:member(9, Q), queue:member(1.0, Q)]),
    p(peek, [queue:peek(Q), queue:peek_r(Q), queue:peek(queue:new()), queue:peek_r(queue:new())]),
    p(get, [queue:get(Q), queue:get_r(Q), queue:head(Q), queue:last(Q), queue:daeh(Q)]),
    p(out, queue:out(Q)),
    p(out_r, queue:out_r(Q)),
    p(out_empty, [queue:out(queue:new()), queue:out_r(queue:new())]),
    p(drop, [queue:drop(Q), queue:drop_r(Q), queue:tail(Q), queue:init(Q), queue:liat(Q)]),
    p(cons_snoc, [queue:cons(a, Q), queue:snoc(Q, z)]),
    p(reverse, queue:reverse(Q)),
    p(join, [queue:join(Q, queue:from_list([x, y])), queue:join(queue:new(), Q), queue:join(Q, queue:new())]),
    p(split, [queue:split(N, Q) || N <- [0, 1, 2, 3, 4, 5, 6]]),
    p(filter, queue:filter(fun(X) -> X rem 2 =:= 0 end, Q)),
    p(filter_list, queue:filter(fun(X) when X > 4 -> [X, X * 10]; (_) -> false end, Q)),
    p(filtermap, queue:filtermap(fun(X) when X > 3 -> {true, X * X}; (X) -> X =:= 1 end, Q)),
    p(fold, queue:fold(fun(X, Acc) -> [X | Acc] end, [], Q1)),
    p(any_all, [queue:any(fun(X) -> X > 5 end, Q), queue:all(fun(X) -> X > 0 end, Q),
                queue:any(fun(X) -> X > 50 end, Q), queue:all(fun is_atom/1, queue:new())]),
    D = queue:from_list([a, b, c, b, a]),
    p(delete, [queue:delete(b, D), queue:delete_r(b, D), queue:delete(z, D),
               queue:delete(a, queue:from_list([a]))]),
    p(delete_with, [queue:delete_with(fun(X) -> X > b end, D),
                    queue:delete_with_r(fun(X) -> X < c end, D)]),
    p(to_list, [queue:to_list(Q1), queue:to_list(queue:reverse(Q1))]),
    p(errors, [catch_err(fun() -> queue:get(queue:new()) end),
               catch_err(fun() -> queue:get_r(queue:new()) end),
               catch_err(fun() -> queue:drop(queue:new()) end),
               catch_err(fun() -> queue:drop_r(queue:new()) end),
               catch_err(fun() -> queue:head(queue:new()) end),
               catch_err(fun() -> queue:in(1, not_a_queue) end),
               catch_err(fun() -> queue:len(not_a_queue) end),
               catch_err(fun() -> queue:from_list(not_a_list) end),
               catch_err(fun() -> queue:split(10, queue:from_list([1])) end),
               catch_err(fun() -> queue:to_list({1}) end)]),
    ok.

catch_err(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

p(Tag, V) -> io:format("~w: ~w~n", [Tag, V]).
