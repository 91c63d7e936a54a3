-module(std_queue_random).
%% queue: random sequences of operations (seeded LCG) print the raw queue
%% after each step, so the internal balancing must match OTP's.
-export([start/0]).

start() ->
    run(1, 40, 17),
    run(2, 60, 4242),
    run(3, 80, 99),
    run(4, 200, 123457),
    run(5, 200, 7),
    ok.

run(Id, Steps, Seed) ->
    {Q, _} = lists:foldl(fun(I, {Q0, S0}) -> step(Id, I, Q0, S0) end,
                         {queue:new(), Seed}, lists:seq(1, Steps)),
    io:format("final ~w: ~w len ~w~n", [Id, queue:to_list(Q), queue:len(Q)]).

next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.

step(Id, I, Q, S0) ->
    S = next(S0),
    Op = (S bsr 8) rem 16,
    V = (S bsr 4) rem 100,
    {Name, Q1} = apply_op(Op, V, Q),
    io:format("~w.~w ~w ~w~n", [Id, I, Name, Q1]),
    {Q1, S}.

apply_op(Op, V, Q) when Op < 4 -> {{in, V}, queue:in(V, Q)};
apply_op(Op, V, Q) when Op < 6 -> {{in_r, V}, queue:in_r(V, Q)};
apply_op(6, _, Q) -> {R, Q1} = queue:out(Q), {{out, R}, Q1};
apply_op(7, _, Q) -> {R, Q1} = queue:out_r(Q), {{out_r, R}, Q1};
apply_op(8, V, Q) ->
    N = V rem (queue:len(Q) + 1),
    {A, B} = queue:split(N, Q),
    {{split, N, A}, B};
apply_op(9, V, Q) ->
    {{filter, V}, queue:filter(fun(X) -> X rem 3 =/= V rem 3 end, Q)};
apply_op(10, V, Q) ->
    {join, queue:join(Q, queue:from_list(lists:seq(V, V + V rem 4)))};
apply_op(11, _, Q) -> {reverse, queue:reverse(Q)};
apply_op(12, V, Q) -> {{delete, V}, queue:delete(V, Q)};
apply_op(13, _, Q) ->
    case queue:is_empty(Q) of
        true -> {empty, Q};
        false -> {drop, queue:drop(Q)}
    end;
apply_op(14, _, Q) ->
    case queue:is_empty(Q) of
        true -> {empty, Q};
        false -> {drop_r, queue:drop_r(Q)}
    end;
apply_op(15, V, Q) ->
    {{dup, V}, queue:filter(fun(X) when X rem 2 =:= 0 -> [X, X]; (_) -> true end, Q)}.
