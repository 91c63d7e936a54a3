-module(big_digits).
-export([start/0]).
%% Digits of very large powers: 2^10000 and 3^5000 in decimal (length, digit sum, first
%% and last 30 digits), 7^3000 in base 36, and the same numbers rebuilt from their digits.

start() ->
    [begin
         T = integer_to_list(X),
         io:format("~w ~w ~s ~s~n", [length(T), lists:sum([C - $0 || C <- T]), lists:sublist(T, 30),
                                     lists:nthtail(length(T) - 30, T)]),
         io:format("~w~n", [list_to_integer(T) =:= X])
     end || X <- [pow(2, 10000), pow(3, 5000), -pow(10, 3000) + 1]],
    T36 = integer_to_list(pow(7, 3000), 36),
    io:format("~w ~s~n", [length(T36), lists:sublist(T36, 40)]),
    io:format("~w~n", [list_to_integer(T36, 36) =:= pow(7, 3000)]).

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).
