-module(etf_compressed).
-export([start/0]).
%% term_to_binary with compressed and {compressed, 0..9}: the 131,80 header with the
%% uncompressed size (the deflate bytes themselves depend on zlib and are not printed),
%% compressed output smaller for repetitive terms, left uncompressed when it would not
%% shrink, and binary_to_term reading it back.

start() ->
    T = lists:duplicate(1000, {hello, <<"world">>, 42}),
    U = term_to_binary(T),
    [begin
         C = term_to_binary(T, [{compressed, L}]),
         <<H1, H2, Size:32, _/binary>> = C,
         io:format("~w ~w ~w ~w ~w ~w~n", [L, H1, H2, Size =:= byte_size(U) - 1, byte_size(C) < byte_size(U), binary_to_term(C) =:= T])
     end || L <- lists:seq(1, 9)],
    io:format("~w~n", [term_to_binary(T, [{compressed, 0}]) =:= U]),
    io:format("~w~n", [term_to_binary(abc, [compressed]) =:= term_to_binary(abc)]),
    io:format("~w~n", [term_to_binary(<<1, 2, 3>>, [compressed])]),
    io:format("~w~n", [catch_f(fun() -> term_to_binary(x, [{compressed, 10}]) end)]),
    io:format("~w~n", [catch_f(fun() -> term_to_binary(x, [bad]) end)]),
    io:format("~w~n", [catch_f(fun() -> binary_to_term(<<131, 80, 0, 0, 0, 5, 1, 2, 3>>) end)]).

catch_f(F) -> try F() catch C:R -> {C, R} end.
