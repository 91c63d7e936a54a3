-module(exc_try_nested).
-export([start/0]).
%% Nested try: inner handler misses, outer catches; rethrow from a handler; try in handlers.

start() ->
    io:format("~w~n", [inner_misses()]),
    io:format("~w~n", [rethrow_from_handler()]),
    io:format("~w~n", [error_in_of_clause()]),
    io:format("~w~n", [try_in_catch()]),
    io:format("~w~n", [deep(10)]),
    io:format("~w~n", [sequential()]).

inner_misses() ->
    try
        try throw(a) catch error:_ -> inner end
    catch
        throw:a -> outer
    end.

rethrow_from_handler() ->
    try
        try error(first) catch error:first -> throw(second) end
    catch
        throw:second -> got_second
    end.

%% exceptions in the `of` part are not caught by the same try
error_in_of_clause() ->
    try
        try ok of ok -> error(in_of) catch error:in_of -> same_try end
    catch
        error:in_of -> outer_try
    end.

try_in_catch() ->
    try throw(x)
    catch throw:x ->
        try error(y) catch error:y -> {handled, x, y} end
    end.

deep(0) -> throw(bottom);
deep(N) ->
    try deep(N - 1) catch throw:bottom when N =:= 5 -> {caught_at, N} end.

sequential() ->
    A = try throw(1) catch throw:X -> X end,
    B = try error(2) catch error:Y -> Y end,
    C = try exit(3) catch exit:Z -> Z end,
    [A, B, C].
