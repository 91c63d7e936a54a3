-module(std_gb_sets_prop).
%% gb_sets against ordsets under random adds and deletes (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> run(3, 400, gb_sets:new(), []) end,
        fun() -> run(91, 700, gb_sets:new(), []) end,
        fun() -> run(123457, 1000, gb_sets:new(), []) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
run(_, 0, T, M) -> {gb_sets:size(T), gb_sets:to_list(T) =:= M, lists:sum(M)};
run(S0, N, T, M) ->
    S = next(S0), K = (S bsr 8) rem 100, Op = (S bsr 4) rem 3,
    case Op of
        0 -> run(S, N - 1, gb_sets:del_element(K, T), ordsets:del_element(K, M));
        _ -> run(S, N - 1, gb_sets:add(K, T), ordsets:add_element(K, M))
    end.
