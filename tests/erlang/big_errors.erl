-module(big_errors).
-export([start/0]).
%% Error cases with bignum operands: badarith for div/rem by zero, bitwise on floats,
%% arithmetic on atoms; bsl by a bignum count; integer_to_list with bad bases.

start() ->
    B = id(1 bsl 100),
    Fs = [fun() -> B div 0 end, fun() -> B rem 0 end, fun() -> B band 1.0 end,
          fun() -> B bor foo end, fun() -> B + [] end, fun() -> bnot id(1.5) end,
          fun() -> B bsl 1.0 end, fun() -> B bsr id(x) end, fun() -> -id(<<>>) end,
          fun() -> abs(id(a)) end, fun() -> B div id(0.0) end,
          fun() -> 1 bsr B end, fun() -> -1 bsr B end, fun() -> 0 bsl B end,
          fun() -> B bsr B end, fun() -> integer_to_list(B, 1) end,
          fun() -> integer_to_list(B, 37) end, fun() -> integer_to_list(1.0, 10) end,
          fun() -> integer_to_binary(B, 0) end, fun() -> list_to_integer("10", B) end],
    [io:format("~w~n", [catch_f(F)]) || F <- Fs].

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
