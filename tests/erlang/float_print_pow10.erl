-module(float_print_pow10).
-export([start/0]).
%% Powers of ten 1.0e-323 .. 1.0e308 (as literals read by the compiler and as computed
%% by list_to_float) printed with ~w, float_to_list/1 and [short]: where OTP switches
%% between plain and scientific notation.

start() ->
    [begin
         F = list_to_float("1.0e" ++ integer_to_list(E)),
         io:format("~w ~w ~s ~s~n", [E, F, float_to_list(F), float_to_list(F, [short])])
     end || E <- lists:seq(-323, 308)].
