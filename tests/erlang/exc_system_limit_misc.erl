-module(exc_system_limit_misc).
-export([start/0]).
%% Less common error reasons: system_limit, badarg from apply, nocatch-style throws caught as errors.

start() ->
    io:format("~w~n", [t(fun() -> list_to_atom(lists:duplicate(300, $a)) end)]),
    io:format("~w~n", [t(fun() -> apply(id(lists), id(reverse), id(not_a_list)) end)]),
    io:format("~w~n", [t(fun() -> erlang:make_tuple(id(1 bsl 40), x) end)]),
    io:format("~w~n", [t(fun() -> atom_to_list(list_to_atom(lists:duplicate(255, $b))) =:= lists:duplicate(255, $b) end)]),
    %% error with an arbitrary term as reason
    io:format("~w~n", [t(fun() -> error({any, term, [1, 2]}) end)]).

id(X) -> X.

t(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.
