-module(otp_gen_server_named).
%% gen_server: {local, Name} registration, already_started, calls by name.
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).
start() ->
    {ok, P} = gen_server:start({local, named_srv}, ?MODULE, a, []),
    io:format("~p~n", [whereis(named_srv) =:= P]),
    {error, {already_started, P2}} = gen_server:start({local, named_srv}, ?MODULE, b, []),
    io:format("already_started same pid: ~p~n", [P2 =:= P]),
    {error, {already_started, P3}} = gen_server:start_link({local, named_srv}, ?MODULE, b, []),
    io:format("already_started (link) same pid: ~p~n", [P3 =:= P]),
    io:format("~p~n", [gen_server:call(named_srv, get)]),
    io:format("~p~n", [gen_server:call({named_srv, node()}, get)]),
    ok = gen_server:cast(named_srv, {set, c}),
    io:format("~p~n", [gen_server:call(named_srv, get)]),
    io:format("~p~n", [gen_server:call(named_srv, name)]),
    ok = gen_server:stop(named_srv),
    io:format("after stop: ~p~n", [whereis(named_srv)]),
    {ok, P4} = gen_server:start({local, named_srv}, ?MODULE, d, []),
    io:format("restarted: ~p ~p~n", [P4 =/= P, gen_server:call(named_srv, get)]),
    gen_server:stop(P4),
    {'EXIT', {Bad, _}} = (catch gen_server:start({local, "bad"}, ?MODULE, x, [])),
    io:format("~p~n", [Bad]),
    ok.
init(X) -> {ok, X}.
handle_call(get, _From, S) -> {reply, S, S};
handle_call(name, _From, S) -> {reply, element(2, process_info(self(), registered_name)), S}.
handle_cast({set, X}, _) -> {noreply, X}.
