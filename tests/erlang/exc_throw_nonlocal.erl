-module(exc_throw_nonlocal).
-export([start/0]).
%% throw as a non-local return from deep recursion and from inside funs passed to library code.

start() ->
    io:format("~w~n", [search(7, tree())]),
    io:format("~w~n", [search(42, tree())]),
    io:format("~w~n", [first_over(10, lists:seq(1, 100000))]),
    io:format("~w~n", [deep_throw(100000)]),
    io:format("~w~n", [after_deep()]).

tree() -> {node, {node, {leaf, 1}, {leaf, 7}}, {node, {leaf, 3}, {node, {leaf, 9}, {leaf, 5}}}}.

search(X, T) ->
    try walk(X, T, []), not_found catch throw:{found, Path} -> {found, lists:reverse(Path)} end.

walk(X, {leaf, X}, Path) -> throw({found, Path});
walk(_, {leaf, _}, _) -> ok;
walk(X, {node, L, R}, Path) -> walk(X, L, [left | Path]), walk(X, R, [right | Path]).

first_over(N, L) ->
    try lists:foldl(fun(X, _) when X * X > N -> throw(X); (_, A) -> A end, none, L)
    catch throw:X -> X end.

deep_throw(N) -> try down(N) catch throw:{bottom, D} -> D end.
down(0) -> throw({bottom, reached});
down(N) -> 1 + down(N - 1).

%% the process works normally after a throw unwound a deep stack
after_deep() ->
    _ = deep_throw(50000),
    lists:sum(lists:seq(1, 100)).
