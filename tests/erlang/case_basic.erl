-module(case_basic).
-export([start/0]).
%% case expressions over constants, variables, wildcards and bound variables.

start() ->
    [io:format("~w -> ~w~n", [X, classify(X)]) || X <- [0, 1, 2, -5, a, "s", {1}, [], 3.5]],
    io:format("~w~n", [match_bound(5, 5)]),
    io:format("~w~n", [match_bound(5, 6)]),
    io:format("~w~n", [nested_case(1, 2)]),
    io:format("~w~n", [nested_case(1, 1)]),
    io:format("~w~n", [nested_case(2, x)]),
    io:format("~w~n", [case_value(3)]).

classify(X) ->
    case X of
        0 -> zero;
        1 -> one;
        N when is_integer(N), N > 0 -> positive;
        N when is_integer(N) -> negative;
        a -> atom_a;
        [] -> nil;
        [_ | _] -> list;
        {_} -> tuple1;
        _ -> other
    end.

match_bound(A, B) ->
    case B of
        A -> same;
        _ -> different
    end.

nested_case(A, B) ->
    case A of
        1 ->
            case B of
                1 -> {one, one};
                _ -> {one, B}
            end;
        _ -> {A, any}
    end.

case_value(N) ->
    Y = case N rem 2 of 0 -> even; 1 -> odd end,
    {N, Y}.
