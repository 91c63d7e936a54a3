-module(bits_signed_edges).
-export([start/0]).
%% Signed and unsigned integer fields of sizes 1..64 at their extreme values (min, max,
%% -1, 0, max+1 wrapping), big and little endian, built and matched back.

start() ->
    [begin
         Min = -(1 bsl (S - 1)), Max = (1 bsl (S - 1)) - 1,
         Vs = [Min, Max, -1, 0, Max + 1, (1 bsl S) - 1],
         io:format("~w ~w ~w~n", [S, [sb(V, S) || V <- Vs], [sl(V, S) || V <- Vs]])
     end || S <- lists:seq(1, 64)].

sb(V, S) -> <<X:S/signed>> = <<V:S>>, <<U:S>> = <<V:S/signed>>, {X, U}.
sl(V, S) -> <<X:S/signed-little>> = <<V:S/little>>, X.
