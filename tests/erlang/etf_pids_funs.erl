-module(etf_pids_funs).
-export([start/0]).
%% term_to_binary/binary_to_term of pids, references, external funs and local funs:
%% they decode to terms equal to the originals (the bytes depend on the node and are not
%% printed).

start() ->
    P = self(),
    R = make_ref(),
    E = fun lists:reverse/1,
    X = 5,
    F = fun(Y) -> X + Y end,
    [io:format("~w~n", [binary_to_term(term_to_binary(T)) =:= T]) || T <- [P, R, E, {P, R, [E]}]],
    F2 = binary_to_term(term_to_binary(F)),
    io:format("~w ~w~n", [F2(1), is_function(F2, 1)]),
    E2 = binary_to_term(term_to_binary(E)),
    io:format("~w~n", [E2([1, 2, 3])]),
    io:format("~w~n", [binary:part(term_to_binary(E, [{minor_version, 2}]), 0, 2)]).
