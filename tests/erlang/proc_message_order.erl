-module(proc_message_order).
-export([start/0]).
%% Messages from one sender arrive in send order; a mailbox can hold many messages.

start() ->
    Parent = self(),
    spawn(fun() -> [Parent ! {seq, I} || I <- lists:seq(1, 1000)] end),
    L = [receive {seq, I} -> I end || _ <- lists:seq(1, 1000)],
    io:format("~w~n", [L =:= lists:seq(1, 1000)]),
    %% two senders: each stream stays ordered
    spawn(fun() -> [Parent ! {a, I} || I <- lists:seq(1, 100)] end),
    spawn(fun() -> [Parent ! {b, I} || I <- lists:seq(1, 100)] end),
    As = [receive {a, I} -> I end || _ <- lists:seq(1, 100)],
    Bs = [receive {b, I} -> I end || _ <- lists:seq(1, 100)],
    io:format("~w ~w~n", [As =:= lists:seq(1, 100), Bs =:= lists:seq(1, 100)]),
    [self() ! I || I <- lists:seq(1, 50000)],
    {message_queue_len, Q} = process_info(self(), message_queue_len),
    io:format("~w~n", [Q]),
    io:format("~w~n", [sum_all(0)]).

sum_all(Acc) -> receive I -> sum_all(Acc + I) after 0 -> Acc end.
