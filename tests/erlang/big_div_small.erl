-module(big_div_small).
-export([start/0]).
%% A 2000-digit number divided by every small divisor 1..200 and by negative ones, with
%% rem, checked by multiplying back; the quotients' digit sums printed.

start() ->
    X = pow(7, 2400) + 12345,
    R = [begin Q = X div D, M = X rem D, {D, Q * D + M =:= X, M, dsum(abs(Q))} end || D <- lists:seq(1, 200) ++ [-3, -97, -200]],
    [io:format("~w~n", [E]) || E <- R].

dsum(N) -> lists:sum([C - $0 || C <- integer_to_list(N)]).
pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).
