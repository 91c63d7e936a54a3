-module(big_bytes_rebuild).
-export([start/0]).
%% Bignums taken apart into bytes with band/bsr and rebuilt with bsl/bor, negative
%% numbers through two's complement of a given width; binary:encode_unsigned agrees.

start() ->
    Xs = [0, 255, 1 bsl 64, (1 bsl 100) + 12345, 16#0123456789ABCDEF0123456789ABCDEF, 7 bsl 1000],
    [begin
         Bs = bytes(X, []),
         io:format("~w ~w ~w~n", [length(Bs), rebuild(Bs) =:= X, list_to_binary(Bs) =:= binary:encode_unsigned(X)])
     end || X <- Xs],
    [begin
         W = 128,
         U = N band ((1 bsl W) - 1),
         Back = case U bsr (W - 1) of 1 -> U - (1 bsl W); 0 -> U end,
         io:format("~w ~w ~w~n", [N, U, Back =:= N])
     end || N <- [-1, -2, -(1 bsl 100), -(1 bsl 127), 5]].

bytes(0, []) -> [0];
bytes(0, Acc) -> Acc;
bytes(X, Acc) -> bytes(X bsr 8, [X band 255 | Acc]).
rebuild(Bs) -> lists:foldl(fun(B, A) -> (A bsl 8) bor B end, 0, Bs).
