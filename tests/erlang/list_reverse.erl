-module(list_reverse).
-export([start/0]).
%% lists:reverse/1,2 and a hand-written accumulator reverse.

start() ->
    io:format("~w~n", [lists:reverse([1, 2, 3])]),
    io:format("~w~n", [lists:reverse([])]),
    io:format("~p~n", [lists:reverse("stressed")]),
    io:format("~w~n", [lists:reverse([1, 2], [3, 4])]),
    io:format("~w~n", [lists:reverse([1, 2], tail)]),
    Big = lists:seq(1, 100000),
    R = lists:reverse(Big),
    io:format("~w ~w~n", [hd(R), lists:last(R)]),
    io:format("~w~n", [rev(Big) =:= R]),
    io:format("~w~n", [lists:reverse(lists:reverse(Big)) =:= Big]),
    io:format("~w~n", [try lists:reverse(id(notalist)) catch error:_ -> error end]).

id(X) -> X.
rev(L) -> rev(L, []).
rev([], Acc) -> Acc;
rev([H | T], Acc) -> rev(T, [H | Acc]).
