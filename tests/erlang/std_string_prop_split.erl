-module(std_string_prop_split).
%% split(all) then lists:join restores random strings; lexemes drop empty pieces (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(7, 200) end,
        fun() -> check(1234, 300) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
gen(S, 0, Acc) -> {Acc, S};
gen(S0, N, Acc) -> S = next(S0), gen(S, N - 1, [lists:nth((S bsr 8) rem 5 + 1, "ab,; ") | Acc]).
check(Seed, Rounds) -> check(Seed, Rounds, 0, 0).
check(_, 0, Ok, Pieces) -> {Ok, Pieces};
check(S0, R, Ok, Pieces) ->
    S = next(S0), {Str, S1} = gen(S, (S bsr 6) rem 20, []),
    Parts = string:split(Str, ",", all),
    Back = lists:flatten(lists:join(",", Parts)),
    Lex = string:lexemes(Str, ",; "),
    Ref = string:tokens(Str, ",; "),
    BinParts = string:split(list_to_binary(Str), ",", all),
    Good = Back =:= Str andalso Lex =:= Ref andalso [binary_to_list(B) || B <- BinParts] =:= Parts,
    check(S1, R - 1, Ok + case Good of true -> 1; false -> 0 end, Pieces + length(Parts)).
