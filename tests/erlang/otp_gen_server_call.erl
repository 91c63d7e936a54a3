-module(otp_gen_server_call).
%% gen_server: start_link, call, call with timeout, cast, reply shapes.
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).
start() ->
    {ok, P} = gen_server:start_link(?MODULE, 10, []),
    io:format("~p~n", [is_pid(P)]),
    io:format("~p~n", [gen_server:call(P, get)]),
    io:format("~p~n", [gen_server:call(P, {add, 5})]),
    io:format("~p~n", [gen_server:call(P, get, 1000)]),
    io:format("~p~n", [gen_server:call(P, get, infinity)]),
    io:format("~p~n", [gen_server:cast(P, {add, 1})]),
    io:format("~p~n", [gen_server:cast(P, {add, 1})]),
    io:format("~p~n", [gen_server:call(P, get)]),
    io:format("~p~n", [gen_server:call(P, {echo, [a, "b", <<"c">>, 1.5]})]),
    io:format("~p~n", [gen_server:call(P, from_shape)]),
    {'EXIT', {{Bad, _}, {gen_server, call, [_, get, -1]}}} = (catch gen_server:call(P, get, -1)),
    io:format("~p~n", [Bad]),
    ok.
init(N) -> {ok, N}.
handle_call(get, _From, N) -> {reply, N, N};
handle_call({add, K}, _From, N) -> {reply, ok, N + K};
handle_call({echo, X}, _From, N) -> {reply, X, N};
handle_call(from_shape, {Pid, _Tag}, N) -> {reply, is_pid(Pid), N}.
handle_cast({add, K}, N) -> {noreply, N + K}.
