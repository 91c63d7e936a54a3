-module(bin_compare_sort).
-export([start/0]).
%% Term order of binaries and bitstrings: bytewise, shorter prefix first, bitstrings
%% ordered by their bits; sorting random binaries checked against a list-based order.

start() ->
    Bs = [<<>>, <<0>>, <<0, 0>>, <<1>>, <<255>>, <<1, 2>>, <<1:1>>, <<0:1>>, <<128>>, <<"abc">>, <<"abd">>, <<"ab">>, <<1, 2:3>>],
    io:format("~w~n", [lists:sort(Bs)]),
    io:format("~w~n", [[A < B || A <- Bs, B <- Bs]]),
    {Rs, _} = gen(500, 5, []),
    Sorted = lists:sort(Rs),
    io:format("~w~n", [[binary_to_list(B) || B <- Sorted] =:= lists:sort([binary_to_list(B) || B <- Rs])]),
    io:format("~w ~w~n", [hd(Sorted), lists:last(Sorted)]),
    io:format("~w~n", [<<"a">> > 'a' andalso <<"a">> > "a" andalso <<"a">> > {}]).

gen(0, S, Acc) -> {Acc, S};
gen(N, S, Acc) ->
    S1 = (S * 1664525 + 1013904223) band 16#FFFFFFFF,
    L = (S1 bsr 8) rem 6,
    gen(N - 1, S1, [<<(S1 bsr 4):(L * 8)>> | Acc]).
