-module(bin_module_misc).
-export([start/0]).
%% binary:part/2,3, copy/1,2, first/1, last/1, at/2, bin_to_list/1,2,3, list_to_bin/1,
%% decode_unsigned/1,2, encode_unsigned/1,2 (big and little, bignums), and their errors.

start() ->
    B = id(<<"0123456789">>),
    io:format("~w ~w ~w~n", [binary:part(B, 2, 3), binary:part(B, {8, -3}), binary:part(B, 10, 0)]),
    io:format("~w ~w ~w~n", [binary:copy(<<"ab">>, 3), binary:copy(<<"ab">>, 0), binary:copy(B) =:= B]),
    io:format("~w ~w ~w ~w~n", [binary:first(B), binary:last(B), binary:at(B, 0), binary:at(B, 9)]),
    io:format("~w ~w ~w~n", [binary:bin_to_list(B), binary:bin_to_list(B, {2, 3}), binary:bin_to_list(B, 9, -4)]),
    io:format("~w~n", [binary:list_to_bin([1, [2, <<3>>], "xy"])]),
    Us = [0, 1, 255, 256, 65535, 16#123456, 1 bsl 64, (1 bsl 200) - 1, 12345678901234567890123456789],
    [io:format("~w ~w ~w ~w ~w~n", [U, binary:encode_unsigned(U), binary:encode_unsigned(U, little),
                                    binary:decode_unsigned(binary:encode_unsigned(U)),
                                    binary:decode_unsigned(binary:encode_unsigned(U, little), little)]) || U <- Us],
    io:format("~w ~w ~w~n", [binary:decode_unsigned(<<>>), binary:decode_unsigned(<<0, 0, 1>>), binary:decode_unsigned(<<0, 0, 1>>, little)]),
    [io:format("~w~n", [catch_f(F)]) || F <- [
        fun() -> binary:first(<<>>) end, fun() -> binary:last(<<>>) end, fun() -> binary:at(B, 10) end,
        fun() -> binary:at(B, -1) end, fun() -> binary:part(B, 5, 6) end, fun() -> binary:copy(B, -1) end,
        fun() -> binary:encode_unsigned(-1) end, fun() -> binary:encode_unsigned(1, middle) end,
        fun() -> binary:decode_unsigned(id(<<1:4>>)) end, fun() -> binary:bin_to_list(B, {5, 6}) end,
        fun() -> binary:first(id(<<1:4>>)) end, fun() -> binary:part(id(x), 0, 0) end]].

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
