-module(std_string_prop_trim).
%% trim/take/pad against simple references on random strings (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(3, 300) end,
        fun() -> check(77, 300) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S, 0, Acc) -> {Acc, S};
gen(S0, N, Acc) -> S = next(S0), gen(S, N - 1, [lists:nth((S bsr 8) rem 4 + 1, "x y\t") | Acc]).
ref_trim(S) -> lists:reverse(drop_ws(lists:reverse(drop_ws(S)))).
drop_ws([C | T]) when C =:= $\s; C =:= $\t -> drop_ws(T);
drop_ws(L) -> L.
check(Seed, Rounds) -> check(Seed, Rounds, 0).
check(_, 0, Ok) -> Ok;
check(S0, R, Ok) ->
    S = next(S0), {Str, S1} = gen(S, (S bsr 6) rem 15, []),
    T = string:trim(Str),
    {Lead, Rest} = string:take(Str, " \t"),
    Padded = lists:flatten(string:pad(Str, 20, both, $.)),
    Good = T =:= ref_trim(Str) andalso Lead ++ Rest =:= Str andalso Rest =:= drop_ws(Str)
        andalso length(Padded) =:= max(20, length(Str))
        andalso string:trim(list_to_binary(Str)) =:= list_to_binary(T),
    check(S1, R - 1, Ok + case Good of true -> 1; false -> 0 end).
