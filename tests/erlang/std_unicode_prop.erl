-module(std_unicode_prop).
%% random code points convert the same through utf8, utf16 and utf32 (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(5, 300) end,
        fun() -> check(2718, 300) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
cp(S) -> case (S bsr 4) rem 4 of 0 -> (S bsr 8) rem 128; 1 -> (S bsr 8) rem 2048; 2 -> 16#E000 + (S bsr 8) rem 8192; 3 -> 16#10000 + (S bsr 8) rem 16#FFFFF end.
gen(S, 0, Acc) -> {Acc, S};
gen(S0, N, Acc) -> S = next(S0), gen(S, N - 1, [cp(S) | Acc]).
check(Seed, N) ->
    {L, _} = gen(Seed, N, []),
    B8 = unicode:characters_to_binary(L),
    B16 = unicode:characters_to_binary(L, unicode, utf16),
    B32 = unicode:characters_to_binary(B8, utf8, {utf32, little}),
    {byte_size(B8), byte_size(B16), byte_size(B32),
     unicode:characters_to_list(B16, utf16) =:= L,
     unicode:characters_to_binary(B32, {utf32, little}, utf8) =:= B8,
     unicode:characters_to_list([B8, L]) =:= L ++ L}.
