-module(bits_comprehension).
-export([start/0]).
%% Binary comprehensions: bytes to bytes, bits generators with odd widths, filters,
%% nested generators, list generators into binaries, and binaries into lists.

start() ->
    B = list_to_binary(lists:seq(1, 20)),
    io:format("~w~n", [<< <<(X * 2)>> || <<X>> <= B >>]),
    io:format("~w~n", [<< <<X:4>> || <<X:4>> <= B, X rem 2 =:= 1 >>]),
    io:format("~w~n", [<< <<X:3>> || <<X:5>> <= B >>]),
    io:format("~w~n", [[X || <<X:7>> <= B]]),
    io:format("~w~n", [<< <<X, Y>> || X <- [1, 2, 3], Y <- [7, 8] >>]),
    io:format("~w~n", [<< <<X/binary, "-">> || X <- [<<"a">>, <<"bc">>, <<>>] >>]),
    io:format("~w~n", [[{X, Y} || <<X:2, Y:6>> <= <<"AZaz">>]]),
    io:format("~w~n", [<< <<(X bsr 1):7>> || <<X>> <= <<"hello">> >>]),
    io:format("~w~n", [byte_size(<< <<X:32>> || X <- lists:seq(1, 1000) >>)]),
    io:format("~w~n", [lists:sum([X || <<X:32>> <= << <<X:32>> || X <- lists:seq(1, 1000) >>])]).
