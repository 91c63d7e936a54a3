-module(list_improper).
-export([start/0]).
%% Improper lists: construction, matching, printing, length errors.

start() ->
    A = [1 | 2],
    B = [1, 2 | 3],
    C = [a | {b}],
    io:format("~w ~w ~w~n", [A, B, C]),
    io:format("~p~n", [[$a, $b | $c]]),
    [H | T] = B,
    io:format("~w ~w~n", [H, T]),
    io:format("~w~n", [walk(B)]),
    io:format("~w~n", [is_list(A)]),
    io:format("~w~n", [try length(id(A)) catch error:R -> R end]),
    io:format("~w~n", [[[] | []]]),
    io:format("~w~n", [[[1] | [2]]]),
    io:format("~w~n", [[x | <<1>>]]).

id(X) -> X.
walk([H | T]) -> [H | walk(T)];
walk([]) -> proper_end;
walk(Tail) -> {improper_tail, Tail}.
