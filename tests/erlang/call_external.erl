-module(call_external).
-export([start/0, double/1, pair/2]).
%% Remote calls: to this module through its name, to stdlib, to erlang BIFs.

double(X) -> 2 * X.
pair(A, B) -> {A, B}.

start() ->
    io:format("~w~n", [call_external:double(21)]),
    io:format("~w~n", [?MODULE:pair(x, y)]),
    io:format("~w~n", [lists:reverse([1, 2, 3])]),
    io:format("~w~n", [lists:seq(1, 5)]),
    io:format("~w~n", [erlang:length([a, b, c])]),
    io:format("~w~n", [erlang:element(2, {a, b, c})]),
    io:format("~w~n", [lists:max([3, 9, 2])]),
    io:format("~w~n", [ext_in_body(4)]),
    io:format("~w~n", [ext_tail(4)]).

ext_in_body(X) ->
    Y = ?MODULE:double(X),
    Y + 1.

ext_tail(X) ->
    ?MODULE:double(X + 1).
