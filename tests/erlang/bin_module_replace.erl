-module(bin_module_replace).
-export([start/0]).
%% binary:replace/3,4: first or global, several patterns, {insert_replaced, Pos} with
%% one or more positions, scope, replacements longer and shorter than the match, errors.

start() ->
    S = <<"a.b.c..d">>,
    io:format("~w~n", [binary:replace(S, <<".">>, <<"--">>)]),
    io:format("~w~n", [binary:replace(S, <<".">>, <<"">>, [global])]),
    io:format("~w~n", [binary:replace(S, [<<".">>, <<"..">>], <<"#">>, [global])]),
    io:format("~w~n", [binary:replace(S, <<"b">>, <<"[]">>, [{insert_replaced, 1}])]),
    io:format("~w~n", [binary:replace(S, <<".">>, <<"<>">>, [global, {insert_replaced, [0, 1, 2]}])]),
    io:format("~w~n", [binary:replace(S, <<".">>, <<"!">>, [global, {scope, {2, 4}}])]),
    io:format("~w~n", [binary:replace(<<"aaa">>, <<"a">>, <<"aa">>, [global])]),
    io:format("~w~n", [binary:replace(<<>>, <<"a">>, <<"b">>, [global])]),
    io:format("~w~n", [byte_size(binary:replace(binary:copy(<<"ab">>, 1000), <<"b">>, <<"xyz">>, [global]))]),
    [io:format("~w~n", [catch_f(F)]) || F <- [
        fun() -> binary:replace(S, <<>>, <<"x">>) end,
        fun() -> binary:replace(S, <<".">>, <<"x">>, [{insert_replaced, 5}]) end,
        fun() -> binary:replace(S, <<".">>, id(x)) end,
        fun() -> binary:replace(S, <<".">>, <<"x">>, [bad]) end]].

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
