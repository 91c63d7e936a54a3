-module(etf_safe).
-export([start/0]).
%% binary_to_term/2 with [safe]: existing atoms decode, an atom that does not exist is
%% badarg (and is not created); without safe the atom is created.

start() ->
    Name = [$e, $t, $f, $_, $n, $e, $w | integer_to_list(987654321)],
    Enc = <<131, 119, (length(Name)), (list_to_binary(Name))/binary>>,
    io:format("~w~n", [catch_f(fun() -> binary_to_term(Enc, [safe]) end)]),
    io:format("~w~n", [catch_f(fun() -> list_to_existing_atom(Name) end)]),
    io:format("~w~n", [binary_to_term(<<131, 119, 2, 111, 107>>, [safe])]),
    io:format("~w~n", [binary_to_term(term_to_binary({ok, [1, 2]}), [safe])]),
    A = binary_to_term(Enc),
    io:format("~w ~w~n", [is_atom(A), atom_to_list(A) =:= Name]),
    io:format("~w~n", [binary_to_term(Enc, [safe]) =:= A]).

catch_f(F) -> try F() catch C:R -> {C, R} end.
