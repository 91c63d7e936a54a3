-module(lib_lists_long).
-export([start/0]).
%% Long lists (200,000 elements) through the library: no deep-recursion
%% limits, results checked by sums.

start() ->
    N = 200000,
    Seq = lists:seq(1, N),
    Rev = lists:reverse(Seq),
    Mixed = [(I * 7919) rem 100003 || I <- Seq],
    io:format("~w~n", [{length(Seq), lists:sum(Seq), lists:last(Seq)}]),
    io:format("~w~n", [lists:sort(Rev) =:= Seq]),
    S = lists:sort(Mixed),
    io:format("~w~n", [{hd(S), lists:last(S), lists:sum(S) =:= lists:sum(Mixed)}]),
    io:format("~w~n", [length(lists:usort(Mixed))]),
    io:format("~w~n", [lists:sum(lists:map(fun(X) -> X rem 7 end, Mixed))]),
    io:format("~w~n", [lists:foldr(fun(X, A) -> (A + X) rem 1000003 end, 0, Mixed)]),
    io:format("~w~n", [length(lists:filter(fun(X) -> X rem 3 =:= 0 end, Mixed))]),
    io:format("~w~n", [lists:flatlength([Seq, [Seq], [[Seq]]])]),
    io:format("~w~n", [length(lists:flatten([Seq, [Seq]]))]),
    T = lists:zip(Mixed, Seq),
    KS = lists:keysort(1, T),
    io:format("~w~n", [{hd(KS), lists:last(KS)}]),
    io:format("~w~n", [length(lists:ukeysort(1, T))]),
    io:format("~w~n", [lists:nth(N, Seq) + lists:nth(1, Rev)]),
    {A, B} = lists:split(N div 2, Seq),
    io:format("~w~n", [lists:merge(B, A) =:= Seq]),
    io:format("~w~n", [lists:umerge(Seq, Seq) =:= Seq]),
    io:format("~w~n", [length(lists:uniq(Mixed))]),
    io:format("~w~n", [length(lists:append([Seq, Seq, Seq]))]),
    io:format("~w~n", [lists:max(Mixed) - lists:min(Mixed)]),
    io:format("~w~n", [length(lists:droplast(Seq)) + length(lists:sublist(Seq, 1000, N))]),
    io:format("~w~n", [lists:sum(element(1, lists:unzip(lists:enumerate(Seq))))]),
    io:format("~w~n", [lists:sort(fun(X, Y) -> X >= Y end, Mixed) =:= lists:reverse(S)]),
    ok.
