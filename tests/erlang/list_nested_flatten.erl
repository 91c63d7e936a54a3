-module(list_nested_flatten).
-export([start/0]).
%% Deep lists: flatten (library and hand-written), depth, deep equality.

start() ->
    D = [1, [2, [3, [4, [5]]]], [], [[6, 7]], 8],
    io:format("~w~n", [lists:flatten(D)]),
    io:format("~w~n", [flat(D)]),
    io:format("~w~n", [depth(D)]),
    io:format("~w~n", [lists:flatten([[a, b], c], [tail])]),
    io:format("~w~n", [lists:flatlength(D)]),
    io:format("~w~n", [lists:append([[1, 2], [3], [[4]]])]),
    Deep = nest(1000),
    io:format("~w~n", [{depth(Deep), lists:flatten(Deep)}]),
    io:format("~p~n", [lists:flatten(["ab", [$c, ["de"]], "f"])]).

flat([]) -> [];
flat([H | T]) when is_list(H) -> flat(H) ++ flat(T);
flat([H | T]) -> [H | flat(T)].

depth(L) when is_list(L) -> 1 + lists:max([0 | [depth(X) || X <- L]]);
depth(_) -> 0.

nest(0) -> [bottom];
nest(N) -> [nest(N - 1)].
