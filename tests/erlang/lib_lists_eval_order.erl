-module(lib_lists_eval_order).
-export([start/0]).
%% The order in which lists functions call their funs (visible through
%% side effects), and what they have done when a fun raises.

start() ->
    show(map, fun(F) -> lists:map(F, [1, 2, 3]) end),
    show(flatmap, fun(F) -> lists:flatmap(fun(X) -> F(X), [X] end, [1, 2, 3]) end),
    show(filter, fun(F) -> lists:filter(fun(X) -> F(X), X > 1 end, [1, 2, 3]) end),
    show(filtermap, fun(F) -> lists:filtermap(fun(X) -> F(X), X > 1 end, [1, 2, 3]) end),
    show(partition, fun(F) -> lists:partition(fun(X) -> F(X), X > 1 end, [1, 2, 3]) end),
    show(foreach, fun(F) -> lists:foreach(F, [1, 2, 3]) end),
    show(zipwith, fun(F) -> lists:zipwith(fun(X, Y) -> F({X, Y}) end, [1, 2], [a, b]) end),
    show(zipwith3, fun(F) -> lists:zipwith3(fun(X, Y, Z) -> F({X, Y, Z}) end, [1, 2], [a, b], [p, q]) end),
    show(keymap, fun(F) -> lists:keymap(F, 1, [{1}, {2}]) end),
    show(all, fun(F) -> lists:all(fun(X) -> F(X), X < 2 end, [1, 2, 3]) end),
    show(any, fun(F) -> lists:any(fun(X) -> F(X), X > 1 end, [1, 2, 3]) end),
    show(search, fun(F) -> lists:search(fun(X) -> F(X), X > 1 end, [1, 2, 3]) end),
    show(takewhile, fun(F) -> lists:takewhile(fun(X) -> F(X), X < 2 end, [1, 2, 3]) end),
    show(dropwhile, fun(F) -> lists:dropwhile(fun(X) -> F(X), X < 2 end, [1, 2, 3]) end),
    show(splitwith, fun(F) -> lists:splitwith(fun(X) -> F(X), X < 2 end, [1, 2, 3]) end),
    show(uniq, fun(F) -> lists:uniq(fun(X) -> F(X), X rem 2 end, [1, 2, 3]) end),
    show(mapfoldl, fun(F) -> lists:mapfoldl(fun(X, A) -> F(X), {X, A} end, 0, [1, 2, 3]) end),
    show(mapfoldr, fun(F) -> lists:mapfoldr(fun(X, A) -> F(X), {X, A} end, 0, [1, 2, 3]) end),
    show(foldr, fun(F) -> lists:foldr(fun(X, A) -> F(X), A end, 0, [1, 2, 3]) end),
    %% A fun that raises part way: what was called before.
    Boom = fun(F) -> fun(X) -> F(X), case X of 2 -> throw(boom); _ -> X end end end,
    show(map_throw, fun(F) -> lists:map(Boom(F), [1, 2, 3]) end),
    show(foreach_throw, fun(F) -> lists:foreach(Boom(F), [1, 2, 3]) end),
    show(filter_throw, fun(F) -> B = Boom(F), lists:filter(fun(X) -> B(X) > 0 end, [1, 2, 3]) end),
    show(foldl_throw, fun(F) -> B = Boom(F), lists:foldl(fun(X, _) -> B(X) end, 0, [1, 2, 3]) end),
    %% Improper list: the elements before the bad tail were visited.
    show(map_improper, fun(F) -> lists:map(F, [1, 2 | x]) end),
    show(foreach_improper, fun(F) -> lists:foreach(F, [1, 2 | x]) end),
    show(foldl_improper, fun(F) -> lists:foldl(fun(X, A) -> F(X), A end, 0, [1, 2 | x]) end),
    show(foldr_improper, fun(F) -> lists:foldr(fun(X, A) -> F(X), A end, 0, [1, 2 | x]) end),
    show(uniq_improper, fun(F) -> lists:uniq(F, [1, 2 | x]) end),
    ok.

show(Name, Body) ->
    put(log, []),
    Log = fun(X) -> put(log, [X | get(log)]), X end,
    Result = try Body(Log) catch C:R -> {C, R} end,
    io:format("~w: ~w ~w~n", [Name, Result, lists:reverse(get(log))]).
