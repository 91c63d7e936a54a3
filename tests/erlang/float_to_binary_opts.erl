-module(float_to_binary_opts).
-export([start/0]).
%% float_to_binary/1,2 (same texts as float_to_list) on chosen values and options, and
%% the equality of the two for every option over 2,000 values.

start() ->
    Fs = [0.0, -0.0, 1.0, 0.1, -123.456, 1.0e-7, 6.02214076e23, 2.5e-300],
    Os = [[], [short], [{decimals, 3}], [{decimals, 3}, compact], [{scientific, 5}], [compact]],
    [io:format("~s~n", [float_to_binary(F, O)]) || F <- Fs, O <- Os],
    io:format("~s~n", [float_to_binary(1.0)]),
    Same = [float_to_binary(F, O) =:= list_to_binary(float_to_list(F, O)) ||
               I <- lists:seq(1, 2000), F <- [I * 1.37e-3 - 1.3], O <- Os],
    io:format("~w~n", [lists:all(fun(X) -> X end, Same)]).
