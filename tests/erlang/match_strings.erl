-module(match_strings).
-export([start/0]).
%% String prefix patterns ("abc" ++ Rest), string literals, char literals.

start() ->
    Cmds = ["get key1", "set k v", "del x", "quit", "unknown cmd", ""],
    [io:format("~p~n", [parse(C)]) || C <- Cmds],
    io:format("~w~n", [[classify(C) || C <- "aZ5 _"]]),
    io:format("~p~n", [strip_prefix("foo_bar")]),
    io:format("~w~n", ["abc" =:= [$a, $b, $c]]).

parse("get " ++ Key) -> {get, Key};
parse("set " ++ Rest) ->
    [K, V] = string:tokens(Rest, " "),
    {set, K, V};
parse("del " ++ K) -> {del, K};
parse("quit") -> quit;
parse([]) -> empty;
parse(Other) -> {error, Other}.

classify(C) when C >= $a, C =< $z -> lower;
classify(C) when C >= $A, C =< $Z -> upper;
classify(C) when C >= $0, C =< $9 -> digit;
classify($\s) -> space;
classify(_) -> other.

strip_prefix("foo_" ++ R) -> R;
strip_prefix(S) -> S.
