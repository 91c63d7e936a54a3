-module(bits_int_fixed).
-export([start/0]).
%% Integer segments with chosen values: every size 1..70 of -1, 0, 1, and 2^(size-1);
%% little-endian fields that are not whole bytes; unit multipliers; sizes from variables
%% and expressions; default sizes (8 bits).

start() ->
    [io:format("~w ~w ~w ~w~n", [S, <<(-1):S>>, <<1:S/little>>, <<(1 bsl (S - 1)):S/little-signed>>]) || S <- lists:seq(1, 70)],
    [io:format("~w~n", [<<X:12/little>>]) || X <- [16#ABC, 16#123, -1, 4095, 4096]],
    [io:format("~w~n", [<<X:3/unit:4>>]) || X <- [16#ABC, -2]],
    Sz = id(5),
    io:format("~w ~w~n", [<<7:Sz, 1:(Sz * 2)/little>>, <<300, -1, 256>>]),
    <<A:Sz, B:(Sz + 3), C/bits>> = id(<<255, 0, 170>>),
    io:format("~w ~w ~w~n", [A, B, C]),
    <<L:24/little, Rest/binary>> = id(<<1, 2, 3, 4, 5>>),
    io:format("~w ~w~n", [L, Rest]),
    <<Neg:16/signed-little>> = id(<<254, 255>>),
    io:format("~w~n", [Neg]),
    <<Big:200>> = id(<<1:200>>),
    <<BigS:200/signed>> = id(<<(-5):200>>),
    io:format("~w ~w~n", [Big, BigS]),
    <<Len:8, Data:Len/binary, Tail/binary>> = id(<<3, "abcdef">>),
    io:format("~w ~w ~w~n", [Len, Data, Tail]).

id(X) -> X.
