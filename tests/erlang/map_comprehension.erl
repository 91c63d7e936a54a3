-module(map_comprehension).
-export([start/0]).
%% Map comprehensions and map generators (OTP 26+ syntax; OTP 25 builds the same maps
%% with maps:from_list so every release prints the same), and list comprehensions over
%% maps:to_list.

-if(?OTP_RELEASE >= 26).
squares(N) -> #{I => I * I || I <- lists:seq(1, N)}.
swap(M) -> #{V => K || K := V <- M}.
evens(M) -> [K || K := V <- M, V rem 2 =:= 0].
-else.
squares(N) -> maps:from_list([{I, I * I} || I <- lists:seq(1, N)]).
swap(M) -> maps:from_list([{V, K} || {K, V} <- maps:to_list(M)]).
evens(M) -> [K || {K, V} <- maps:to_list(M), V rem 2 =:= 0].
-endif.

start() ->
    S = squares(10),
    io:format("~w~n", [S]),
    io:format("~w~n", [lists:sort(maps:to_list(swap(S)))]),
    io:format("~w~n", [lists:sort(evens(S))]),
    B = squares(500),
    io:format("~w ~w~n", [map_size(B), maps:get(500, B)]),
    io:format("~w~n", [lists:sum(evens(B))]),
    io:format("~w~n", [map_size(swap(B))]),
    io:format("~w~n", [lists:sort([{K, V} || {K, V} <- maps:to_list(#{1 => a, 2 => b, 3 => c}), K > 1])]).
