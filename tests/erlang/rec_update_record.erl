-module(rec_update_record).
-export([start/0]).
%% Updating fields of a tuple whose size the compiler knows (OTP 26+ emits update_record).

-record(big, {a, b, c, d, e, f, g, h}).

start() ->
    T = id({1, 2, 3, 4, 5, 6, 7, 8}),
    {_, _, _, _, _, _, _, _} = T,
    io:format("~w~n", [setelement(1, T, x)]),
    io:format("~w~n", [setelement(8, T, last)]),
    R = id(#big{a = 1}),
    R2 = R#big{b = 2, h = 8},
    R3 = R2#big{a = one, c = three, e = five},
    io:format("~w~n~w~n~w~n", [R, R2, R3]),
    io:format("~w~n", [R3#big.e]).

id(X) -> X.
