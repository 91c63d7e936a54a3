-module(std_lists_zip_prop).
%% zip/unzip, zip3/unzip3 and zipwith agree with comprehensions on random lists (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(21, 150) end,
        fun() -> check(9999, 150) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S, 0, Acc) -> {Acc, S};
gen(S0, N, Acc) -> S = next(S0), gen(S, N - 1, [(S bsr 8) rem 1000 | Acc]).
check(Seed, Rounds) -> check(Seed, Rounds, 0).
check(_, 0, Ok) -> Ok;
check(S0, R, Ok) ->
    S = next(S0), N = (S bsr 4) rem 40,
    {A, S1} = gen(S, N, []), {B, S2} = gen(S1, N, []), {C, S3} = gen(S2, N, []),
    Z = lists:zip(A, B), Z3 = lists:zip3(A, B, C),
    Good = lists:unzip(Z) =:= {A, B} andalso lists:unzip3(Z3) =:= {A, B, C}
        andalso lists:zipwith(fun(X, Y) -> X - Y end, A, B) =:= [X - Y || {X, Y} <- Z]
        andalso lists:zipwith3(fun(X, Y, W) -> X + Y + W end, A, B, C) =:= [X + Y + W || {X, Y, W} <- Z3]
        andalso length(Z) =:= N,
    check(S3, R - 1, Ok + case Good of true -> 1; false -> 0 end).
