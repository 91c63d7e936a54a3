-module(std_lists_mapfold_prop).
%% mapfoldl/mapfoldr/foldl/foldr agree with hand-written folds on random lists (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(13, 200) end,
        fun() -> check(4321, 200) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S, 0, Acc) -> {Acc, S};
gen(S0, N, Acc) -> S = next(S0), gen(S, N - 1, [(S bsr 8) rem 100 | Acc]).
myfoldr(_, A, []) -> A;
myfoldr(F, A, [H | T]) -> F(H, myfoldr(F, A, T)).
check(Seed, Rounds) -> check(Seed, Rounds, 0).
check(_, 0, Ok) -> Ok;
check(S0, R, Ok) ->
    S = next(S0), {L, S1} = gen(S, (S bsr 4) rem 30, []),
    F = fun(X, A) -> {X * 2, A + X} end,
    {M1, A1} = lists:mapfoldl(F, 0, L),
    {M2, A2} = lists:mapfoldr(F, 0, L),
    Good = M1 =:= [X * 2 || X <- L] andalso M2 =:= M1 andalso A1 =:= lists:sum(L) andalso A2 =:= A1
        andalso lists:foldr(fun(X, A) -> [X | A] end, [], L) =:= myfoldr(fun(X, A) -> [X | A] end, [], L)
        andalso lists:foldl(fun(X, A) -> [X | A] end, [], L) =:= lists:reverse(L),
    check(S1, R - 1, Ok + case Good of true -> 1; false -> 0 end).
