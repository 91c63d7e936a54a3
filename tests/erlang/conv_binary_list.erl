-module(conv_binary_list).
-export([start/0]).
%% list_to_binary, binary_to_list, iolist_to_binary, iolist_size, term_to_binary round trip.

start() ->
    io:format("~p~n", [list_to_binary("abc")]),
    io:format("~p~n", [list_to_binary([1, 2, [3, <<4, 5>>], <<>>, "6"])]),
    io:format("~w~n", [binary_to_list(<<"xyz">>)]),
    io:format("~w~n", [binary_to_list(<<1, 2, 3, 4>>, 2, 3)]),
    io:format("~p~n", [iolist_to_binary(["a", [$b, <<"c">>], <<"d">>])]),
    io:format("~w~n", [iolist_size([<<1, 2>>, [3, [4]], 5])]),
    io:format("~w~n", [try list_to_binary(id([256])) catch error:R -> R end]),
    io:format("~w~n", [try list_to_binary(id([a])) catch error:R2 -> R2 end]),
    T = {tuple, [list, 1.5, -7, 1 bsl 80], <<"bin">>, #{k => v}},
    io:format("~w~n", [binary_to_term(term_to_binary(T)) =:= T]),
    io:format("~w~n", [binary_to_term(<<131, 100, 0, 2, $o, $k>>)]),
    io:format("~w~n", [term_to_binary(ok)]).

id(X) -> X.
