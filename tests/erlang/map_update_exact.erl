-module(map_update_exact).
-export([start/0]).
%% M#{K := V} updates existing keys only (badkey otherwise); mixed => and :=.

start() ->
    M = #{a => 1, b => 2},
    io:format("~w~n", [show(M#{a := 10})]),
    io:format("~w~n", [show(M#{a := 10, b := 20})]),
    io:format("~w~n", [show(M#{a := 0, c => 3})]),
    io:format("~w~n", [show(try (id(M))#{c := 3} catch error:E -> E end)]),
    io:format("~w~n", [show(try (id(#{}))#{a := 1} catch error:E2 -> E2 end)]),
    io:format("~w~n", [show(M)]),
    Key = id(b),
    io:format("~w~n", [show(M#{Key := updated})]),
    io:format("~w~n", [show(bump(bump(#{count => 0})))]).

id(X) -> X.
bump(#{count := C} = S) -> S#{count := C + 1}.

%% Maps are printed as {'#{}', SortedPairs}: OTP 26+ prints a map with several atom keys
%% in an order that depends on when the atoms were created, which varies between runs.
show(M) when is_map(M) -> {'#{}', [{show(K), show(V)} || {K, V} <- lists:sort(maps:to_list(M))]};
show([H | T]) -> [show(H) | show(T)];
show(T) when is_tuple(T) -> list_to_tuple(show(tuple_to_list(T)));
show(X) -> X.
