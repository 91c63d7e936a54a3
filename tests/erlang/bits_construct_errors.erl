-module(bits_construct_errors).
-export([start/0]).
%% Errors constructing binaries: non-integer or non-number values, negative and
%% non-integer sizes, floats of invalid size, atoms in binary segments; the class and
%% reason of each (badarg; OTP 25+ all raise error:badarg).

start() ->
    Fs = [fun() -> <<(id(a)):8>> end, fun() -> <<(id(1.5)):8>> end,
          fun() -> <<1:(id(-1))>> end, fun() -> <<1:(id(a))>> end,
          fun() -> <<(id(1.0)):(id(24))/float>> end, fun() -> <<(id(a))/float>> end,
          fun() -> <<(id([1]))/binary>> end, fun() -> <<(id(1))/utf8>> end,
          fun() -> <<(id(16#110000))/utf8>> end, fun() -> <<(id(<<1>>)):(id(2))/binary>> end,
          fun() -> <<(id(1)):(id(1.0))>> end, fun() -> <<(id(1 bsl 64)):(id(1 bsl 64))>> end,
          fun() -> <<(id(1 bsl 1100)):64/float>> end],
    [io:format("~w~n", [catch_f(F)]) || F <- Fs].

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
