%% lists:sort/1 of 200,000 pseudo-random integers made by a seeded linear congruential
%% generator (no `rand`, so every VM sorts the same numbers).
-module(sort).
-export([start/0]).

-ifdef(SMALL).
-define(COUNT, 20000).
-else.
-define(COUNT, 200000).
-endif.

start() ->
    L = lcg(?COUNT, 42, []),
    Sorted = lists:sort(L),
    io:format("checksum: ~w ~w ~w~n",
              [length(Sorted), hd(Sorted), hash(Sorted, 0)]).

%% The parameters of Numerical Recipes' 32-bit LCG; the top 24 bits are the number.
lcg(0, _, Acc) -> Acc;
lcg(N, S, Acc) ->
    S1 = (S * 1664525 + 1013904223) band 16#FFFFFFFF,
    lcg(N - 1, S1, [S1 bsr 8 | Acc]).

hash([], H) -> H;
hash([X | T], H) -> hash(T, (H * 31 + X) band 16#FFFFFFF).
