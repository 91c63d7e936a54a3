-module(bin_construct).
-export([start/0]).
%% <<>> construction: bytes, integers of several sizes/endianness, binaries, strings.

start() ->
    X = id(258),
    io:format("~w~n", [<<1, 2, 3>>]),
    io:format("~w~n", [<<X:16>>]),
    io:format("~w~n", [<<X:16/little>>]),
    io:format("~w~n", [<<X:32/big-unsigned>>]),
    io:format("~w~n", [<<-1:8/signed>>]),
    io:format("~w~n", [<<X>>]),
    B = <<"abc">>,
    io:format("~w~n", [<<B/binary, "def", 0>>]),
    io:format("~p~n", [<<B/binary, B/binary>>]),
    io:format("~w~n", [<<>>]),
    io:format("~w~n", [<<1:1, 0:1, 1:6>>]),
    io:format("~w~n", [<<(1 bsl 70):80>>]),
    io:format("~w~n", [<< <<I>> || I <- [5, 6, 7] >>]),
    io:format("~w~n", [<<1.5:64/float>>]).

id(V) -> V.
