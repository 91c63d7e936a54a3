-module(bin_module_match).
-export([start/0]).
%% binary:match/2,3 and binary:matches/2,3: one and several patterns, longest match at
%% the leftmost position, overlapping occurrences not reported twice, scope, and errors.

start() ->
    H = <<"abcabcabxabcd">>,
    Ps = [<<"abc">>, [<<"ab">>, <<"abc">>], [<<"bc">>, <<"x">>], <<"zz">>, [<<"d">>], <<"abcabc">>],
    [io:format("~w ~w ~w~n", [P, binary:match(H, P), binary:matches(H, P)]) || P <- Ps],
    io:format("~w~n", [binary:matches(<<"aaaaa">>, <<"aa">>)]),
    io:format("~w~n", [binary:matches(<<"aaaaa">>, [<<"a">>, <<"aa">>, <<"aaa">>])]),
    io:format("~w~n", [binary:match(H, <<"abc">>, [{scope, {1, 8}}])]),
    io:format("~w~n", [binary:matches(H, <<"abc">>, [{scope, {13, -9}}])]),
    io:format("~w~n", [binary:match(<<>>, <<"a">>)]),
    Big = list_to_binary(lists:duplicate(1000, <<"xyz">>)),
    io:format("~w ~w~n", [length(binary:matches(Big, <<"zx">>)), binary:match(Big, <<"zz">>)]),
    [io:format("~w~n", [catch_f(F)]) || F <- [
        fun() -> binary:match(H, <<>>) end, fun() -> binary:matches(H, [<<"a">>, <<>>]) end,
        fun() -> binary:match(H, <<"a">>, [{scope, {20, 1}}]) end, fun() -> binary:match(id(1), <<"a">>) end,
        fun() -> binary:matches(H, id(abc)) end]].

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
