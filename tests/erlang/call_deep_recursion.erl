-module(call_deep_recursion).
-export([start/0]).
%% Non-tail recursion 100,000 (and 1,000,000) deep: stacks must grow.

start() ->
    io:format("~w~n", [len(lists:seq(1, 100000))]),
    io:format("~w~n", [sum(100000)]),
    io:format("~w~n", [length(build(100000))]),
    io:format("~w~n", [sum(1000000)]),
    L = map_double(lists:seq(1, 100000)),
    io:format("~w ~w~n", [hd(L), lists:last(L)]),
    io:format("~w~n", [depth_with_frames(100000)]).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

sum(0) -> 0;
sum(N) -> N + sum(N - 1).

build(0) -> [];
build(N) -> [N | build(N - 1)].

map_double([]) -> [];
map_double([H | T]) -> [2 * H | map_double(T)].

depth_with_frames(0) -> 0;
depth_with_frames(N) ->
    A = N rem 7,
    B = depth_with_frames(N - 1),
    A + B.
