%% binary-trees of the Computer Language Benchmarks Game: builds and walks many short-lived
%% complete binary trees and one long-lived one; allocation and garbage collection.
-module(binary_trees).
-export([start/0]).

-ifdef(SMALL).
-define(MAX_DEPTH, 12).
-else.
-define(MAX_DEPTH, 16).
-endif.
-define(MIN_DEPTH, 4).

start() ->
    Stretch = check(make(?MAX_DEPTH + 1)),
    LongLived = make(?MAX_DEPTH),
    Checks = depths(?MIN_DEPTH, []),
    io:format("checksum: ~w ~w ~w~n", [Stretch, Checks, check(LongLived)]).

depths(D, Acc) when D > ?MAX_DEPTH -> lists:reverse(Acc);
depths(D, Acc) ->
    N = 1 bsl (?MAX_DEPTH - D + ?MIN_DEPTH),
    depths(D + 2, [{N, iterate(N, D, 0)} | Acc]).

iterate(0, _, Sum) -> Sum;
iterate(I, D, Sum) -> iterate(I - 1, D, Sum + check(make(D))).

make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, _}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).
