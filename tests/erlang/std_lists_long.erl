-module(std_lists_long).
%% lists functions on long lists (no deep recursion limits, digests)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> L = lists:seq(1, 200000), {length(lists:reverse(L)), lists:sum(L), lists:last(L)} end,
        fun() -> L = lists:seq(1, 100000), length(lists:map(fun(X) -> X * 2 end, L)) end,
        fun() -> L = lists:seq(1, 100000), lists:foldl(fun(X, A) -> (A + X) rem 1000003 end, 0, L) end,
        fun() -> L = lists:seq(1, 100000), lists:foldr(fun(X, A) -> (A * 3 + X) rem 1000003 end, 0, L) end,
        fun() -> L = lists:reverse(lists:seq(1, 100000)), S = lists:sort(L), {hd(S), lists:last(S), length(S)} end,
        fun() -> L = [X rem 1000 || X <- lists:seq(1, 50000)], length(lists:usort(L)) end,
        fun() -> L = lists:seq(1, 50000), length(lists:flatten([[X, [X]] || X <- L])) end,
        fun() -> L = lists:seq(1, 50000), {A, B} = lists:split(25000, L), {length(A), hd(B)} end,
        fun() -> L = lists:seq(1, 50000), length(lists:filter(fun(X) -> X rem 3 =:= 0 end, L)) end,
        fun() -> L = [{X rem 100, X} || X <- lists:seq(1, 50000)], element(2, hd(lists:keysort(1, L))) end,
        fun() -> L = lists:seq(1, 30000), length(lists:zip(L, L)) end,
        fun() -> L = lists:seq(1, 30000), length(lists:append([L, L, L])) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
