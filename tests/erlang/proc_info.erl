-module(proc_info).
-export([start/0]).
%% process_info/2 with a list of items and single items; only deterministic parts printed.

start() ->
    Parent = self(),
    P = spawn(fun() -> worker(Parent) end),
    receive ready -> ok end,
    [{message_queue_len, 0}, {links, Links}, {trap_exit, TE}, {registered_name, RN}] =
        process_info(P, [message_queue_len, links, trap_exit, registered_name]),
    io:format("~w ~w ~w ~w~n", [0, Links =:= [], TE, RN]),
    P ! m1, P ! m2, P ! m3,
    timer:sleep(20),
    io:format("~w~n", [process_info(P, message_queue_len)]),
    register(info_test_name, P),
    io:format("~w~n", [process_info(P, registered_name)]),
    link(P),
    {links, L2} = process_info(P, links),
    io:format("~w~n", [L2 =:= [Parent]]),
    unlink(P),
    {status, St} = process_info(P, status),
    io:format("~w~n", [lists:member(St, [waiting, runnable, running])]),
    {messages, Ms} = process_info(P, messages),
    io:format("~w~n", [Ms]),
    Mon = monitor(process, P),
    P ! stop,
    receive {'DOWN', Mon, process, P, _} -> ok end,
    io:format("~w~n", [process_info(P, message_queue_len)]),
    self() ! x, self() ! y,
    io:format("~w~n", [process_info(self(), message_queue_len)]),
    {heap_size, H} = process_info(self(), heap_size),
    io:format("~w~n", [is_integer(H) andalso H > 0]).

worker(Parent) ->
    Parent ! ready,
    receive stop -> ok after 60000 -> ok end.
