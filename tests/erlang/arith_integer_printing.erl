-module(arith_integer_printing).
-export([start/0]).
%% Printing integers with ~w ~p ~b, small and big, signed.

start() ->
    Ns = [0, 7, -7, 134217727, -134217728, 576460752303423487, -576460752303423488,
          1 bsl 64, -(1 bsl 64), 12345678901234567890123456789],
    [io:format("~w ~p ~b~n", [N, N, N]) || N <- Ns],
    io:format("~s~n", [integer_to_list(1 bsl 100)]),
    io:format("~w~n", [{-1, [-2], #{k => -3}}]).
