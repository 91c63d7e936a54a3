-module(etf_deep_large).
-export([start/0]).
%% Deep and large terms through term_to_binary/binary_to_term: lists nested 100,000
%% deep, tuples nested 10,000 deep, a 1 MB binary, a 200,000 element list, a 50,000 key
%% map; sizes and equality printed.

start() ->
    Deep = lists:foldl(fun(_, A) -> [A] end, [], lists:seq(1, 100000)),
    B1 = term_to_binary(Deep),
    io:format("~w ~w~n", [byte_size(B1), binary_to_term(B1) =:= Deep]),
    DT = lists:foldl(fun(I, A) -> {I, A} end, 0, lists:seq(1, 10000)),
    B2 = term_to_binary(DT),
    io:format("~w ~w~n", [byte_size(B2), binary_to_term(B2) =:= DT]),
    Bin = binary:copy(<<"0123456789abcdef">>, 65536),
    B3 = term_to_binary(Bin),
    io:format("~w ~w~n", [byte_size(B3), binary_to_term(B3) =:= Bin]),
    L = lists:seq(1, 200000),
    B4 = term_to_binary(L),
    io:format("~w ~w~n", [byte_size(B4), binary_to_term(B4) =:= L]),
    M = maps:from_list([{I, I} || I <- lists:seq(1, 50000)]),
    B5 = term_to_binary(M),
    io:format("~w ~w~n", [byte_size(B5), binary_to_term(B5) =:= M]).
