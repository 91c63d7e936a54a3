-module(otp_gen_server_init).
%% gen_server: what init/1 may return and what start/start_link give back.
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).
start() ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    io:format("~p~n", [gen_server:start(?MODULE, ignore, [])]),
    io:format("~p~n", [gen_server:start(?MODULE, {stop, because}, [])]),
    io:format("~p~n", [gen_server:start_link(?MODULE, {stop, linked}, [])]),
    io:format("~p~n", [gen_server:start(?MODULE, bad, [])]),
    {error, {R, Stack}} = gen_server:start(?MODULE, crash, []),
    io:format("crash: ~p ~p~n", [R, is_list(Stack)]),
    io:format("~p~n", [gen_server:start(?MODULE, exit, [])]),
    {ok, P} = gen_server:start(?MODULE, throw, []),
    io:format("throw: ~p~n", [gen_server:call(P, get)]),
    {ok, P2} = gen_server:start(?MODULE, {ok_timeout, 0}, []),
    io:format("timeout: ~p~n", [gen_server:call(P2, get)]),
    io:format("~p~n", [gen_server:start({local, init_named}, ?MODULE, ignore, [])]),
    io:format("name freed: ~p~n", [whereis(init_named)]),
    io:format("~p~n", [gen_server:start({local, init_named}, ?MODULE, {stop, x}, [])]),
    io:format("name freed: ~p~n", [whereis(init_named)]),
    ok.
init(ignore) -> ignore;
init({stop, R}) -> {stop, R};
init(bad) -> {what, ever};
init(crash) -> erlang:error(init_failed);
init(exit) -> exit(init_exit);
init(throw) -> throw({ok, thrown});
init({ok_timeout, T}) -> {ok, waiting, T}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
