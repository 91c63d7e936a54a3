-module(std_gb_trees_model).
%% gb_trees against orddict under random insert/update/take/delete (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> run(6, 600, gb_trees:empty(), []) end,
        fun() -> run(90210, 900, gb_trees:empty(), []) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
run(_, 0, T, M) -> {gb_trees:to_list(T) =:= M, gb_trees:size(T), gb_trees:keys(T) =:= orddict:fetch_keys(M)};
run(S0, N, T, M) ->
    S = next(S0), K = (S bsr 8) rem 80, Op = (S bsr 4) rem 5,
    {T1, M1} = case {Op, orddict:is_key(K, M)} of
        {0, true} -> {V, Ta} = gb_trees:take(K, T), {V, Ma} = orddict:take(K, M), {Ta, Ma};
        {1, true} -> {gb_trees:update(K, N, T), orddict:store(K, N, M)};
        {2, _} -> {gb_trees:delete_any(K, T), orddict:erase(K, M)};
        {_, true} -> {gb_trees:enter(K, -N, T), orddict:store(K, -N, M)};
        {_, false} -> {gb_trees:insert(K, N, T), orddict:store(K, N, M)}
    end,
    case gb_trees:lookup(K, T1) =:= case orddict:find(K, M1) of {ok, V1} -> {value, V1}; error -> none end of
        true -> run(S, N - 1, T1, M1);
        false -> {mismatch, N}
    end.
