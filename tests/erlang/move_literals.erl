-module(move_literals).
-export([start/0]).
%% Literal terms from the module's literal table: nested lists, tuples, maps, binaries, bignums, floats.

start() ->
    io:format("~w~n", [lit_list()]),
    io:format("~w~n", [lit_tuple()]),
    io:format("~w~n", [show(lit_map())]),
    io:format("~w~n", [lit_bin()]),
    io:format("~w~n", [lit_big()]),
    io:format("~w~n", [lit_float()]),
    io:format("~p~n", [lit_string()]),
    %% literals are shared, but updating a copy leaves the literal unchanged
    T = lit_tuple(),
    T2 = setelement(1, T, changed),
    io:format("~w ~w~n", [element(1, T2), element(1, lit_tuple())]),
    io:format("~w~n", [lit_list() =:= lit_list()]),
    io:format("~w~n", [[X * 2 || X <- lit_list_numbers()]]).

lit_list() -> [1, [2, [3, [4]]], {five}, "six", <<"seven">>].
lit_tuple() -> {alpha, {beta, [gamma]}, 3.25, -17, 1 bsl 80}.
lit_map() -> #{one => 1, two => [2, 2], three => #{nested => true}}.
lit_bin() -> <<0, 1, 2, 255, "text">>.
lit_big() -> -123456789012345678901234567890.
lit_float() -> [0.5, -1.25e-3, 6.02e23].
lit_string() -> "a literal string with \"escapes\"\n".
lit_list_numbers() -> [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].

%% Maps are printed as {'#{}', SortedPairs}: OTP 26+ prints a map with several atom keys
%% in an order that depends on when the atoms were created, which varies between runs.
show(M) when is_map(M) -> {'#{}', [{show(K), show(V)} || {K, V} <- lists:sort(maps:to_list(M))]};
show([H | T]) -> [show(H) | show(T)];
show(T) when is_tuple(T) -> list_to_tuple(show(tuple_to_list(T)));
show(X) -> X.
