-module(otp_sys_gen_server).
%% sys on gen_server, gen_statem and gen_event: get_state, replace_state,
%% suspend/resume with a cast queued meanwhile, get_status' state part.
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).
start() ->
    {ok, P} = gen_server:start_link({local, sys_srv}, ?MODULE, 1, []),
    io:format("~p~n", [sys:get_state(sys_srv)]),
    io:format("~p~n", [sys:replace_state(sys_srv, fun(S) -> S + 100 end)]),
    io:format("~p~n", [gen_server:call(sys_srv, get)]),
    ok = sys:suspend(sys_srv),
    gen_server:cast(sys_srv, {add, 5}),
    io:format("while suspended: ~p~n", [sys:get_state(sys_srv)]),
    ok = sys:resume(sys_srv),
    io:format("~p~n", [gen_server:call(sys_srv, get)]),
    {status, P, {module, gen_server}, [_, running, Parent, [], Misc]} = sys:get_status(sys_srv),
    io:format("parent ok: ~p~n", [Parent =:= self()]),
    io:format("~p~n", [lists:keyfind(header, 1, Misc)]),
    io:format("~p~n", [[D || {data, D} <- Misc, lists:keymember("State", 1, D)]]),
    io:format("~p~n", [catch sys:get_state(sys_srv, 1000)]),
    {ok, M} = gen_event:start(),
    io:format("~p~n", [sys:get_state(M)]),
    ok = gen_server:stop(sys_srv),
    ok.
init(N) -> {ok, N}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast({add, K}, S) -> {noreply, S + K}.
