-module(compare_maps).
-export([start/0]).
%% Map ordering: by size, then keys in term order, then values; maps vs other types.

start() ->
    Ms = [#{b => 1}, #{a => 2}, #{a => 1}, #{}, #{a => 1, b => 1}, #{1 => x}, #{c => 0, a => 9}],
    io:format("~w~n", [show(lists:sort(Ms))]),
    io:format("~w~n", [show([#{} < #{a => 1}, #{a => 1} < #{b => 0}, #{a => 2} > #{a => 1}])]),
    io:format("~w~n", [show([#{a => 1} == #{a => 1.0}, #{a => 1} =:= #{a => 1.0}])]),
    io:format("~w~n", [show([{1, 2, 3} < #{}, #{} < [], #{a => 1} =:= maps:from_list([{a, 1}])])]),
    io:format("~w~n", [show(#{1 => a} < #{1.0 => a})]).

%% Maps are printed as {'#{}', SortedPairs}: OTP 26+ prints a map with several atom keys
%% in an order that depends on when the atoms were created, which varies between runs.
show(M) when is_map(M) -> {'#{}', [{show(K), show(V)} || {K, V} <- lists:sort(maps:to_list(M))]};
show([H | T]) -> [show(H) | show(T)];
show(T) when is_tuple(T) -> list_to_tuple(show(tuple_to_list(T)));
show(X) -> X.
