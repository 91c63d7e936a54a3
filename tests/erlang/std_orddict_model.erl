-module(std_orddict_model).
%% orddict and dict against a keysorted list model under random stores and erases (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> run(2, 400, orddict:new(), dict:new(), []) end,
        fun() -> run(321, 700, orddict:new(), dict:new(), []) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
run(_, 0, O, D, M) -> {O =:= M, lists:sort(dict:to_list(D)) =:= M, length(M)};
run(S0, N, O, D, M) ->
    S = next(S0), K = (S bsr 8) rem 40, Op = (S bsr 4) rem 4,
    case Op of
        0 -> run(S, N - 1, orddict:erase(K, O), dict:erase(K, D), lists:keydelete(K, 1, M));
        1 -> run(S, N - 1, orddict:update_counter(K, 1, O), dict:update_counter(K, 1, D),
                 lists:ukeysort(1, [{K, case lists:keyfind(K, 1, M) of {_, V} -> V + 1; false -> 1 end} | M]));
        _ -> run(S, N - 1, orddict:store(K, N, O), dict:store(K, N, D), lists:ukeysort(1, [{K, N} | M]))
    end.
