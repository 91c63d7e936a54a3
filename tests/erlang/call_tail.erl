-module(call_tail).
-export([start/0, count_ext/2]).
%% Tail calls must not grow the stack: long loops, local and remote, mutual.

start() ->
    io:format("~w~n", [count(1000000, 0)]),
    io:format("~w~n", [count_ext(1000000, 0)]),
    io:format("~w~n", [ping(1000001)]),
    io:format("~w~n", [sum_acc(lists:seq(1, 100000), 0)]),
    io:format("~w~n", [with_stack(10)]).

count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

count_ext(0, Acc) -> Acc;
count_ext(N, Acc) -> ?MODULE:count_ext(N - 1, Acc + 2).

ping(0) -> ping_ended;
ping(N) -> pong(N - 1).
pong(0) -> pong_ended;
pong(N) -> ping(N - 1).

sum_acc([], Acc) -> Acc;
sum_acc([H | T], Acc) -> sum_acc(T, Acc + H).

%% a function with a stack frame that ends in a tail call
with_stack(N) ->
    X = count(N, 0),
    count(X, 100).
