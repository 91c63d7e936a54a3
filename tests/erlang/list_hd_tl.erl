-module(list_hd_tl).
-export([start/0]).
%% hd/1 and tl/1, including improper lists and badarg on [].

start() ->
    L = [1, 2, 3],
    io:format("~w ~w~n", [hd(L), tl(L)]),
    io:format("~w~n", [hd(tl(tl(L)))]),
    io:format("~w~n", [tl(tl(tl(L)))]),
    io:format("~w ~w~n", [hd([a | b]), tl([a | b])]),
    io:format("~w~n", [hd("xyz")]),
    io:format("~w~n", [try hd(id([])) catch error:R -> R end]),
    io:format("~w~n", [try tl(id([])) catch error:R2 -> R2 end]),
    io:format("~w~n", [try hd(id({1, 2})) catch error:R3 -> R3 end]).

id(X) -> X.
