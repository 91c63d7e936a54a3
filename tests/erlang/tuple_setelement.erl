-module(tuple_setelement).
-export([start/0]).
%% setelement/3 copies: the original tuple is unchanged; errors on bad index.

start() ->
    T = {a, b, c},
    T2 = setelement(2, T, x),
    io:format("~w ~w~n", [T, T2]),
    io:format("~w~n", [setelement(1, T, {nested})]),
    io:format("~w~n", [setelement(3, setelement(1, T, 1), 3)]),
    io:format("~w~n", [lists:foldl(fun(I, Acc) -> setelement(I, Acc, I * I) end,
                                   erlang:make_tuple(5, 0), [1, 2, 3, 4, 5])]),
    io:format("~w~n", [try setelement(id(4), T, x) catch error:R -> R end]),
    io:format("~w~n", [try setelement(id(0), T, x) catch error:R2 -> R2 end]),
    io:format("~w~n", [try setelement(1, id(notuple), x) catch error:R3 -> R3 end]),
    %% record-style update compiles to setelement / update_record
    io:format("~w~n", [upd({point, 1, 2})]).

id(X) -> X.
upd(P) -> P2 = setelement(2, P, 10), setelement(3, P2, 20).
