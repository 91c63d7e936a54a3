-module(etf_decode_errors).
-export([start/0]).
%% binary_to_term on bad input is badarg: no version byte, unknown tags, truncated
%% encodings of each kind, trailing bytes, lengths beyond the input, non-binaries;
%% binary_to_term/2 with [used] reports the bytes consumed and allows trailing data.

start() ->
    Bad = [<<>>, <<131>>, <<130, 97, 1>>, <<131, 200>>, <<131, 97>>, <<131, 98, 0, 0>>,
           <<131, 107, 0, 5, 1, 2>>, <<131, 108, 0, 0, 0, 2, 97, 1>>, <<131, 104, 3, 97, 1>>,
           <<131, 109, 0, 0, 0, 9, 1>>, <<131, 110, 8, 0, 1>>, <<131, 70, 0, 0>>,
           <<131, 97, 1, 0>>, <<131, 116, 0, 0, 0, 1, 97, 1>>, <<131, 77, 0, 0, 0, 1, 9, 1>>,
           <<131, 119, 5, 97>>, <<131, 80, 0, 0, 0, 10, 1, 2, 3>>, <<131, 108, 255, 255, 255, 255, 106>>,
           <<131, 119, 2, 255, 254>>],
    [io:format("~w ~w~n", [B, catch_f(fun() -> binary_to_term(B) end)]) || B <- Bad],
    io:format("~w~n", [catch_f(fun() -> binary_to_term(id(abc)) end)]),
    io:format("~w~n", [catch_f(fun() -> binary_to_term(id(<<131, 97, 1:7>>)) end)]),
    io:format("~w~n", [binary_to_term(<<131, 97, 1, 0, 0>>, [used])]),
    io:format("~w~n", [binary_to_term(<<131, 107, 0, 2, 65, 66, 99>>, [used])]),
    io:format("~w~n", [catch_f(fun() -> binary_to_term(<<131, 97, 1>>, [bad_option]) end)]).

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
