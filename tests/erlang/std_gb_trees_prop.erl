-module(std_gb_trees_prop).
%% gb_trees against a sorted-list model under random inserts and deletes (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> run(1, 300, gb_trees:empty(), []) end,
        fun() -> run(77, 500, gb_trees:empty(), []) end,
        fun() -> run(4242, 800, gb_trees:empty(), []) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
run(_, 0, T, M) -> {gb_trees:size(T), gb_trees:to_list(T) =:= M, digest(M)};
run(S0, N, T, M) ->
    S = next(S0), K = (S bsr 8) rem 64, Op = (S bsr 4) rem 4,
    case Op of
        0 -> case lists:keymember(K, 1, M) of
                 true -> run(S, N - 1, gb_trees:delete(K, T), lists:keydelete(K, 1, M));
                 false -> run(S, N - 1, T, M)
             end;
        _ -> run(S, N - 1, gb_trees:enter(K, N, T), lists:ukeysort(1, [{K, N} | M]))
    end.
digest(M) -> lists:foldl(fun({K, V}, A) -> (A * 31 + K * 7 + V) rem 1000003 end, 0, M).
