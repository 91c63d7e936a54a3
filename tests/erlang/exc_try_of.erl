-module(exc_try_of).
-export([start/0]).
%% try ... of with several clauses and guards; variables bound in the body are visible in `of`.

start() ->
    [io:format("~w~n", [classify(X)]) || X <- [0, 7, -3, {error, oops}, boom, nan]].

classify(X) ->
    try check(X) of
        {ok, N} when N > 0 -> {positive, N};
        {ok, 0} -> zero;
        {ok, N} -> {negative, N};
        {error, E} -> {error_value, E}
    catch
        throw:boom -> thrown_boom;
        error:badarith -> arith
    end.

check(N) when is_integer(N) -> {ok, N};
check({error, _} = E) -> E;
check(boom) -> throw(boom);
check(nan) -> {ok, id(nan) + 1}.

id(X) -> X.
