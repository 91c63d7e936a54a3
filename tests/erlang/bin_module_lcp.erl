-module(bin_module_lcp).
-export([start/0]).
%% binary:longest_common_prefix/1 and longest_common_suffix/1, and binary:referenced_byte_size
%% of a fresh binary (equal to its size).

start() ->
    Ls = [[<<"abc">>, <<"abd">>, <<"ab">>], [<<"x">>], [<<"same">>, <<"same">>], [<<"">>, <<"a">>],
          [<<"prefix-one">>, <<"prefix-two">>, <<"prefix-three">>], [<<"a1">>, <<"b1">>]],
    [io:format("~w ~w~n", [binary:longest_common_prefix(L), binary:longest_common_suffix(L)]) || L <- Ls],
    io:format("~w~n", [catch_f(fun() -> binary:longest_common_prefix([]) end)]),
    io:format("~w~n", [catch_f(fun() -> binary:longest_common_prefix([a]) end)]),
    io:format("~w~n", [binary:referenced_byte_size(binary:copy(<<"abc">>, 100))]).

catch_f(F) -> try F() catch C:R -> {C, R} end.
