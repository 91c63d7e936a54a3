-module(bin_atom_int_conv).
-export([start/0]).
%% atom_to_binary/1,2 (latin1, utf8), binary_to_atom/1,2, binary_to_existing_atom,
%% integer_to_binary/1,2 and binary_to_integer/1,2 with every base, and their errors.

start() ->
    [io:format("~w ~w ~w~n", [A, atom_to_binary(A), atom_to_binary(A, latin1)]) || A <- [a, 'Hello World', '', 'with\'quote', [] =:= []]],
    io:format("~w~n", [atom_to_binary(id('caf'), utf8)]),
    io:format("~w~n", [[binary_to_atom(B) || B <- [<<"abc">>, <<>>, <<"x y">>]]]),
    io:format("~w~n", [binary_to_atom(<<"latin">>, latin1)]),
    io:format("~w~n", [binary_to_existing_atom(<<"ok">>, utf8)]),
    io:format("~w~n", [catch_f(fun() -> binary_to_existing_atom(id(<<"no_such_atom_zq_7731">>), utf8) end)]),
    io:format("~w~n", [catch_f(fun() -> binary_to_atom(id(list_to_binary(lists:duplicate(256, $a)))) end)]),
    io:format("~w~n", [length(atom_to_list(binary_to_atom(list_to_binary(lists:duplicate(255, $a)))))]),
    io:format("~w~n", [catch_f(fun() -> atom_to_binary(id("a")) end)]),
    io:format("~w~n", [catch_f(fun() -> atom_to_binary(a, id(bad)) end)]),
    io:format("~w~n", [catch_f(fun() -> binary_to_atom(id(abc)) end)]),
    io:format("~w~n", [catch_f(fun() -> binary_to_atom(id(<<1:3>>)) end)]),
    [io:format("~w ~s ~s~n", [B, integer_to_binary(-255, B), integer_to_binary(1 bsl 70, B)]) || B <- lists:seq(2, 36)],
    io:format("~w ~w~n", [integer_to_binary(0), integer_to_binary(-0)]),
    io:format("~w~n", [[binary_to_integer(B, 16) || B <- [<<"ff">>, <<"FF">>, <<"-Ab">>, <<"+10">>, <<"0">>]]]),
    [io:format("~w~n", [catch_f(fun() -> binary_to_integer(B) end)]) || B <- [<<>>, <<"-">>, <<"1.0">>, <<" 1">>, <<"1_000">>, <<"12", 0>>]],
    io:format("~w~n", [catch_f(fun() -> integer_to_binary(id(1.0)) end)]),
    io:format("~w~n", [catch_f(fun() -> integer_to_binary(10, id(40)) end)]),
    io:format("~w~n", [catch_f(fun() -> binary_to_integer(<<"12">>, id(1)) end)]).

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
