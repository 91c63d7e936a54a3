-module(otp_proc_lib_start).
%% proc_lib:start/start_link with init_ack, timeouts, a process that dies
%% before acknowledging, init_fail.
-export([start/0, init/2]).
start() ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, P} = proc_lib:start_link(?MODULE, init, [self(), ack]),
    io:format("ack: ~p~n", [is_pid(P)]),
    io:format("~p~n", [proc_lib:start(?MODULE, init, [self(), {ack_value, hello}])]),
    io:format("~p~n", [proc_lib:start(?MODULE, init, [self(), slow], 20)]),
    io:format("~p~n", [proc_lib:start_link(?MODULE, init, [self(), slow], 20)]),
    io:format("~p~n", [proc_lib:start(?MODULE, init, [self(), die])]),
    io:format("~p~n", [proc_lib:start_link(?MODULE, init, [self(), die_exit])]),
    {error, {Why, St}} = proc_lib:start(?MODULE, init, [self(), die_error]),
    io:format("~p ~p~n", [Why, is_list(St)]),
    {'EXIT', {Bad, _}} = (catch proc_lib:start(?MODULE, init, [self(), ack], infinity, [monitor])),
    io:format("~p~n", [Bad]),
    flush(),
    ok.
flush() ->
    receive {'EXIT', _, R} when R =/= normal -> io:format("exit ~p~n", [R]), flush()
    after 0 -> ok end.
init(Parent, ack) -> proc_lib:init_ack(Parent, {ok, self()}), receive after infinity -> ok end;
init(_Parent, {ack_value, V}) -> proc_lib:init_ack(V);
init(_Parent, slow) -> receive after infinity -> ok end;
init(_Parent, die) -> exit(normal);
init(_Parent, die_exit) -> exit(died);
init(_Parent, die_error) -> erlang:error(broken).
