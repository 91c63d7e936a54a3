-module(std_queue_model).
%% queue against a list model: random in/out at both ends, len and to_list each step (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> run(1, 500, queue:new(), []) end,
        fun() -> run(20, 800, queue:new(), []) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
run(_, 0, Q, M) -> {queue:to_list(Q) =:= M, queue:len(Q), length(M)};
run(S0, N, Q, M) ->
    S = next(S0), Op = (S bsr 8) rem 5,
    {Q1, M1} = case Op of
        0 -> {queue:in(N, Q), M ++ [N]};
        1 -> {queue:in_r(N, Q), [N | M]};
        2 -> case queue:out(Q) of {empty, _} -> [] = M, {Q, M}; {{value, X}, Qa} -> [X | Ma] = M, {Qa, Ma} end;
        3 -> case queue:out_r(Q) of {empty, _} -> [] = M, {Q, M}; {{value, X}, Qa} -> X = lists:last(M), {Qa, lists:droplast(M)} end;
        4 -> {queue:in(N, queue:in(N + 1, Q)), M ++ [N + 1, N]}
    end,
    case queue:len(Q1) =:= length(M1) andalso queue:peek(Q1) =:= peek(M1) of
        true -> run(S, N - 1, Q1, M1);
        false -> {mismatch, N, queue:to_list(Q1), M1}
    end.
peek([]) -> empty;
peek([X | _]) -> {value, X}.
