-module(proc_send_receive).
-export([start/0]).
%% ! and receive: messages of every type, send returns the message, send to self.

start() ->
    Msgs = [1, -1 bsl 70, 2.5, atom, "string", <<"bin">>, {t, [l]}, #{k => v}, [], fun() -> f end],
    [self() ! M || M <- Msgs],
    Got = [receive X -> X end || _ <- Msgs],
    io:format("~w~n", [lists:droplast(Got)]),
    io:format("~w~n", [(lists:last(Got))()]),
    R = (self() ! returned_value),
    io:format("~w~n", [R]),
    receive returned_value -> ok end,
    Parent = self(),
    Child = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    Child ! {ping, Parent},
    receive pong -> io:format("pong~n") end,
    self() ! a, self() ! b,
    io:format("~w~n", [[receive M1 -> M1 end, receive M2 -> M2 end]]).
