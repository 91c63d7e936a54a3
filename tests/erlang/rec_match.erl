-module(rec_match).
-export([start/0]).
%% Pattern matching on records in heads, case and guards; is_record/2,3.

-record(circle, {r}).
-record(rect, {w, h}).
-record(tri, {a, b, c}).

start() ->
    Shapes = [#circle{r = 1}, #rect{w = 2, h = 3}, #tri{a = 3, b = 4, c = 5}, #rect{w = 5, h = 5}, {other}],
    [io:format("~w~n", [area(S)]) || S <- Shapes],
    [io:format("~w~n", [kind(S)]) || S <- Shapes],
    io:format("~w~n", [[is_record(S, rect) || S <- Shapes]]),
    io:format("~w~n", [[is_record(S, rect, 3) || S <- Shapes]]),
    #rect{w = W} = lists:nth(2, Shapes),
    io:format("~w~n", [W]).

area(#circle{r = R}) -> {circle, R * R * 3};
area(#rect{w = S, h = S}) -> {square, S * S};
area(#rect{w = W, h = H}) -> {rect, W * H};
area(#tri{a = A, b = B}) -> {tri, A * B div 2};
area(_) -> unknown.

kind(S) when is_record(S, circle) -> round;
kind(S) when is_record(S, rect); is_record(S, tri) -> angular;
kind(_) -> none.
