-module(hello_world).
-export([start/0]).

start() ->
    io:format("Hello from Erlang on ~s!~n", [board()]),
    io:format("~p~n", [[{answer, 6 * 7}, #{vm => atomvm_rs}, lists:seq(1, 5)]]),
    ok.

board() ->
    case erlang:system_info(schedulers) of
        1 -> "one scheduler";
        N -> integer_to_list(N) ++ " schedulers"
    end.
