-module(std_sets_model).
%% sets against ordsets under random adds, deletes and set operations (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> run(1, 400, sets:new(), []) end,
        fun() -> run(555, 600, sets:new([{version, 2}]), []) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
run(_, 0, T, M) -> {lists:sort(sets:to_list(T)) =:= M, sets:size(T), lists:sum(M)};
run(S0, N, T, M) ->
    S = next(S0), K = (S bsr 8) rem 60, Op = (S bsr 4) rem 5,
    {T1, M1} = case Op of
        0 -> {sets:del_element(K, T), ordsets:del_element(K, M)};
        1 -> O = lists:seq(K, K + 5), {sets:union(T, sets:from_list(O)), ordsets:union(M, O)};
        2 -> O = lists:seq(0, 59, 2), {sets:subtract(T, sets:from_list([K | O])), ordsets:subtract(M, ordsets:from_list([K | O]))};
        _ -> {sets:add_element(K, T), ordsets:add_element(K, M)}
    end,
    case sets:is_element(K, T1) =:= ordsets:is_element(K, M1) of
        true -> run(S, N - 1, T1, M1);
        false -> {mismatch, N}
    end.
