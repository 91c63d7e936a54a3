-module(lib_lists_strings).
-export([start/0]).
%% lists functions on strings (lists of character codes), printed with ~s.

start() ->
    Words = ["pear", "apple", "fig", "banana", "cherry", "apple"],
    io:format("~s~n", [lists:join(" ", lists:sort(Words))]),
    io:format("~s~n", [lists:join(",", lists:usort(Words))]),
    io:format("~s~n", [lists:concat([lists:nth(2, Words), '-', 42, "-", lists:last(Words)])]),
    io:format("~s~n", [lists:flatten(["a", ["b", ["c"]], "d"])]),
    io:format("~s~n", [lists:append(["x", "y", "z"])]),
    io:format("~s~n", [lists:reverse("stressed")]),
    io:format("~s~n", [lists:map(fun(C) when C >= $a, C =< $z -> C - 32; (C) -> C end, "Hello, World")]),
    io:format("~s~n", [lists:filter(fun(C) -> C =/= $l end, "hello world")]),
    io:format("~w~n", [lists:prefix("app", "apple")]),
    io:format("~w~n", [lists:suffix("le", "apple")]),
    io:format("~s~n", [lists:sublist("abcdefgh", 3, 4)]),
    io:format("~s~n", [lists:subtract("mississippi", "ssi")]),
    io:format("~s~n", [lists:delete($s, "mississippi")]),
    io:format("~s~n", [lists:uniq("mississippi")]),
    {A, B} = lists:splitwith(fun(C) -> C =/= $= end, "key=value"),
    io:format("~s ~s~n", [A, B]),
    io:format("~s~n", [lists:takewhile(fun(C) -> C =/= $. end, "file.erl")]),
    io:format("~s~n", [lists:dropwhile(fun(C) -> C =:= $\s end, "   trimmed")]),
    io:format("~s~n", [lists:keysort(2, [{1, "b"}, {2, "a"}, {3, "c"}]) =:= [{2, "a"}, {1, "b"}, {3, "c"}]]),
    io:format("~s~n", [lists:duplicate(5, $*)]),
    io:format("~s~n", [lists:flatmap(fun(C) -> [C, C] end, "abc")]),
    io:format("~w~n", [lists:max(Words) ++ "|" ++ lists:min(Words)]),
    io:format("~s~n", [lists:merge("adgj", "behk")]),
    ok.
