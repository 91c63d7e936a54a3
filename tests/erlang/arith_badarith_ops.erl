-module(arith_badarith_ops).
-export([start/0]).
%% Every arithmetic operator raising badarith on non-numbers and zero divisors.

start() ->
    Ops = [
        {"a+1", fun() -> id(a) + 1 end},
        {"1-[]", fun() -> 1 - id([]) end},
        {"{}*2", fun() -> id({}) * 2 end},
        {"1/0", fun() -> 1 / id(0) end},
        {"1.0/0.0", fun() -> 1.0 / id(0.0) end},
        {"1 div 0", fun() -> 1 div id(0) end},
        {"1 rem 0", fun() -> 1 rem id(0) end},
        {"1.5 div 1", fun() -> id(1.5) div 1 end},
        {"3 rem 1.0", fun() -> 3 rem id(1.0) end},
        {"big div 0", fun() -> (1 bsl 80) div id(0) end},
        {"band float", fun() -> id(1.0) band 1 end},
        {"bsl atom", fun() -> 1 bsl id(x) end},
        {"bnot float", fun() -> bnot id(2.0) end},
        {"-atom", fun() -> -id(x) end},
        {"ok", fun() -> id(6) div 3 end}
    ],
    [io:format("~s: ~w~n", [Name, run(F)]) || {Name, F} <- Ops].

id(X) -> X.
run(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.
