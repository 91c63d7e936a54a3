-module(bin_module_split).
-export([start/0]).
%% binary:split/2,3 with one or several patterns, global, trim, trim_all and scope;
%% overlapping patterns (longest at the same position), empty parts, errors.

start() ->
    S = <<",a,,b,c,,">>,
    Opts = [[], [global], [trim], [trim_all], [global, trim], [global, trim_all], [{scope, {2, 5}}],
            [global, {scope, {1, 6}}], [{scope, {0, 0}}, global]],
    [io:format("~w ~w~n", [O, binary:split(S, <<",">>, O)]) || O <- Opts],
    io:format("~w~n", [binary:split(<<"a-b_c-_d">>, [<<"-">>, <<"_">>], [global])]),
    io:format("~w~n", [binary:split(<<"a-_b-_-c">>, [<<"-">>, <<"-_">>], [global])]),
    io:format("~w~n", [binary:split(<<"aaaa">>, <<"aa">>, [global])]),
    io:format("~w~n", [binary:split(<<>>, <<"x">>, [global])]),
    io:format("~w~n", [binary:split(<<>>, <<"x">>, [global, trim_all])]),
    io:format("~w~n", [binary:split(<<"no match">>, <<"zz">>)]),
    CP = binary:compile_pattern([<<"ab">>, <<"cd">>]),
    io:format("~w~n", [binary:split(<<"xxabyycdzz">>, CP, [global])]),
    [io:format("~w~n", [catch_f(F)]) || F <- [
        fun() -> binary:split(<<"a">>, <<>>) end, fun() -> binary:split(<<"a">>, []) end,
        fun() -> binary:split(id(a), <<"a">>) end, fun() -> binary:split(<<"a">>, <<"a">>, [bad]) end,
        fun() -> binary:split(<<"abc">>, <<"a">>, [{scope, {2, 5}}]) end]].

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
