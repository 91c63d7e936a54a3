-module(std_array_prop).
%% array against a list model under random sets and resets (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> run(5, 300, array:new({default, 0}), lists:duplicate(64, 0)) end,
        fun() -> run(999, 600, array:new({default, 0}), lists:duplicate(64, 0)) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
run(_, 0, A, M) -> {array:to_list(array:resize(64, A)) =:= M, lists:sum(M), length(array:sparse_to_list(A))};
run(S0, N, A, M) ->
    S = next(S0), I = (S bsr 8) rem 64, Op = (S bsr 4) rem 4,
    case Op of
        0 -> run(S, N - 1, array:reset(I, A), setnth(I, M, 0));
        _ -> run(S, N - 1, array:set(I, N, A), setnth(I, M, N))
    end.
setnth(0, [_ | T], V) -> [V | T];
setnth(I, [H | T], V) -> [H | setnth(I - 1, T, V)].
