-module(big_mixed_chain).
-export([start/0]).
%% A long chain of mixed operations that moves values between small integers and
%% bignums many times (grow by multiplication, shrink by div/bsr/band), digest printed.

start() ->
    {X, H} = chain(20000, 1, 0),
    io:format("~w ~w~n", [X, H]).

chain(0, X, H) -> {X, H};
chain(N, X, H) ->
    Y = case N rem 7 of
            0 -> X * 1000000007 + N;
            1 -> X div 3;
            2 -> X bsl (N rem 90);
            3 -> X bsr (N rem 70);
            4 -> (X band 16#FFFFFFFFFFFFFFFFFFFFFFFF) - N;
            5 -> -X + (1 bsl 61);
            6 -> X rem 100000000000000000000000000000000000007
        end,
    chain(N - 1, Y, (H * 31 + Y rem 999999937) rem 999999937).
