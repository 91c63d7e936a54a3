-module(exc_guard_errors).
-export([start/0]).
%% Exceptions inside guards never propagate: the guard just fails.

start() ->
    Terms = [0, 4, a, [], {}, [1, 2], {1, 2, 3}, <<>>, 1.5],
    [io:format("~w ~w~n", [T, g(T)]) || T <- Terms].

g(X) when 10 div X > 2 -> small_divisor;
g(X) when length(X) > 1 -> long_list;
g(X) when element(3, X) =:= 3 -> third_is_3;
g(X) when hd(X) =:= a -> starts_with_a;
g(X) when byte_size(X) >= 0 -> binary;
g(X) when X + 1 > 0 -> number;
g(_) -> fallthrough.
