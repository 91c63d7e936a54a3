-module(otp_gen_server_stop).
%% gen_server: stop/1,3, {stop, ...} returns, terminate/2 and its ordering
%% with the reply, stopping a dead server.
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, terminate/2]).
start() ->
    logger:set_primary_config(level, none),
    Self = self(),
    {ok, P1} = gen_server:start(?MODULE, Self, []),
    io:format("stop/1: ~p~n", [gen_server:stop(P1)]),
    report(),
    {ok, P2} = gen_server:start(?MODULE, Self, []),
    io:format("stop/3: ~p~n", [gen_server:stop(P2, {shutdown, bye}, 1000)]),
    report(),
    {ok, P3} = gen_server:start(?MODULE, Self, []),
    io:format("stop/3 custom: ~p~n", [catch gen_server:stop(P3, custom, infinity)]),
    report(),
    {ok, P4} = gen_server:start(?MODULE, Self, []),
    R4 = erlang:monitor(process, P4),
    io:format("stop reply: ~p~n", [gen_server:call(P4, stop_reply)]),
    report(),
    receive {'DOWN', R4, _, _, Why4} -> io:format("down: ~p~n", [Why4]) end,
    {ok, P5} = gen_server:start(?MODULE, Self, []),
    R5 = erlang:monitor(process, P5),
    gen_server:cast(P5, stop),
    report(),
    receive {'DOWN', R5, _, _, Why5} -> io:format("down: ~p~n", [Why5]) end,
    io:format("dead: ~p~n", [catch gen_server:stop(P5)]),
    io:format("no name: ~p~n", [catch gen_server:stop(no_such_server)]),
    {ok, P6} = gen_server:start(?MODULE, Self, []),
    {'EXIT', {W6, {gen_server, call, [P6, stop_noreply]}}} = (catch gen_server:call(P6, stop_noreply)),
    io:format("stop while calling: ~p~n", [W6]),
    report(),
    ok.
report() -> receive {terminate, R} -> io:format("terminate: ~p~n", [R]) end.
init(T) -> {ok, T}.
handle_call(stop_reply, _From, T) -> {stop, normal, will_stop, T};
handle_call(stop_noreply, _From, T) -> {stop, {shutdown, no_reply}, T}.
handle_cast(stop, T) -> {stop, normal, T}.
terminate(Reason, T) -> T ! {terminate, Reason}, ok.
