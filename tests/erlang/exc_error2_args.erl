-module(exc_error2_args).
-export([start/0]).
%% erlang:error/2: the top stack frame carries the argument list instead of the arity.

start() ->
    try checked(1, two) catch
        error:R:St ->
            [{M, F, Args, _} | _] = St,
            io:format("~w ~w ~w ~w~n", [R, M, F, Args])
    end,
    try erlang:error(plain, [a, b, c]) catch
        error:R2:St2 ->
            [{M2, F2, A2, _} | _] = St2,
            io:format("~w ~w ~w ~w~n", [R2, M2, F2, A2])
    end,
    try checked(x, y) catch
        error:R3 -> io:format("~w~n", [R3])
    end.

checked(A, B) when is_integer(A), is_integer(B) -> A + B;
checked(A, B) when is_integer(A) -> erlang:error({not_integer, B}, [A, B]);
checked(A, B) -> erlang:error(badarg, [A, B]).
