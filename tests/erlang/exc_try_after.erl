-module(exc_try_after).
-export([start/0]).
-compile(nowarn_deprecated_catch). % `catch Expr` is deprecated in OTP 29; tested on purpose
%% after clauses run on normal return, on caught and on uncaught exceptions; order of effects.

start() ->
    io:format("~w~n", [normal()]),
    io:format("~w~n", [caught()]),
    io:format("~w~n", [catch uncaught()]),
    io:format("~w~n", [lists:reverse(get(log))]),
    erase(log),
    io:format("~w~n", [after_value()]),
    io:format("~w~n", [nested_after()]),
    io:format("~w~n", [lists:reverse(get(log))]).

log(X) ->
    put(log, [X | case get(log) of undefined -> []; L -> L end]).

normal() ->
    try log(body_normal), ok after log(after_normal) end.

caught() ->
    try log(body_caught), throw(t) catch throw:t -> log(catch_caught), caught after log(after_caught) end.

uncaught() ->
    try log(body_uncaught), throw(escapes) after log(after_uncaught) end.

%% the value of after is discarded
after_value() ->
    try body after after_result end.

nested_after() ->
    try
        try throw(inner) after log(inner_after) end
    catch
        throw:inner -> log(outer_catch), done
    after
        log(outer_after)
    end.
