-module(otp_supervision_tree).
%% An application whose top supervisor (one_for_one, intensity 5 in 60 s)
%% has three gen_servers; one crashes on purpose 5 times and is restarted
%% each time, the 6th crash exceeds the intensity and takes the
%% supervisor (and the application) down. Every event is printed by the
%% program itself, in an order fixed by messages to the test process.
-behaviour(application).
-behaviour(supervisor).
-export([start/0]).
-export([start/2, stop/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
-export([start_worker/1]).

start() ->
    logger:set_primary_config(level, none),
    register(tester, self()),
    AppSpec = {application, tree_app,
               [{description, "supervision tree test"}, {vsn, "1.0"},
                {registered, [tree_sup]}, {applications, [kernel, stdlib]},
                {mod, {?MODULE, top}}, {env, [{answer, 42}]}]},
    io:format("load: ~p~n", [application:load(AppSpec)]),
    io:format("env: ~p~n", [application:get_env(tree_app, answer)]),
    io:format("start: ~p~n", [application:start(tree_app)]),
    io:format("running: ~p~n", [lists:keymember(tree_app, 1, application:which_applications())]),
    Sup = whereis(tree_sup),
    SupRef = erlang:monitor(process, Sup),
    io:format("children: ~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(tree_sup)]]),
    io:format("counts: ~p~n", [supervisor:count_children(tree_sup)]),
    %% Each worker reports its start; collect the three in order.
    [wait_started(W) || W <- [alpha, beta, gamma]],
    io:format("calls: ~p ~p ~p~n",
              [gen_server:call(alpha, ping), gen_server:call(beta, ping), gen_server:call(gamma, ping)]),
    crash_loop(1),
    receive
        {'DOWN', SupRef, process, _, Reason} -> io:format("supervisor down: ~p~n", [Reason])
    end,
    receive {app_stopped, State} -> io:format("app stop/1 called with ~p~n", [State]) end,
    io:format("alive: ~p~n", [[whereis(N) =/= undefined || N <- [tree_sup, alpha, beta, gamma]]]),
    ok.

wait_started(Name) ->
    receive {started, Name, N} -> io:format("~p started (incarnation ~p)~n", [Name, N]) end.

crash_loop(6) ->
    %% the sixth crash: more than 5 restarts in 60 s
    Old = whereis(beta),
    Ref = erlang:monitor(process, Old),
    gen_server:cast(beta, crash),
    receive {'DOWN', Ref, process, _, {Why, _Stack}} -> io:format("beta crashed: ~p~n", [Why]) end,
    %% the supervisor shuts the others down, newest first
    receive {terminated, gamma, R1} -> io:format("gamma terminate: ~p~n", [R1]) end,
    receive {terminated, alpha, R2} -> io:format("alpha terminate: ~p~n", [R2]) end;
crash_loop(N) ->
    Old = whereis(beta),
    Ref = erlang:monitor(process, Old),
    gen_server:cast(beta, crash),
    receive {'DOWN', Ref, process, _, {Why, _Stack}} -> io:format("beta crashed: ~p (~p)~n", [Why, N]) end,
    wait_started(beta),
    New = whereis(beta),
    io:format("restarted with a new pid: ~p, state: ~p~n",
              [is_pid(New) andalso New =/= Old, gen_server:call(beta, ping)]),
    crash_loop(N + 1).

%% application callbacks
start(normal, top) ->
    supervisor:start_link({local, tree_sup}, ?MODULE, sup).

stop(State) ->
    tester ! {app_stopped, State},
    ok.

%% supervisor callback and gen_server callbacks share init/1
init(sup) ->
    Flags = #{strategy => one_for_one, intensity => 5, period => 60},
    Children = [#{id => W, start => {?MODULE, start_worker, [W]}, shutdown => 1000}
                || W <- [alpha, beta, gamma]],
    {ok, {Flags, Children}};
init({worker, Name}) ->
    process_flag(trap_exit, true),
    N = case get(incarnation) of undefined -> 1; I -> I end,
    Count = incarnation(Name),
    tester ! {started, Name, Count},
    {ok, {Name, N}}.

start_worker(Name) ->
    gen_server:start_link({local, Name}, ?MODULE, {worker, Name}, []).

%% Incarnations counted in the application environment (survives restarts).
incarnation(Name) ->
    Key = {count, Name},
    N = application:get_env(tree_app, Key, 0) + 1,
    ok = application:set_env(tree_app, Key, N),
    N.

handle_call(ping, _From, {Name, _} = S) -> {reply, {pong, Name}, S}.

handle_cast(crash, S) ->
    erlang:error(on_purpose),
    {noreply, S}.

handle_info(_Msg, S) -> {noreply, S}.

terminate(Reason, {Name, _}) ->
    case Reason of
        shutdown -> tester ! {terminated, Name, Reason};
        _ -> ok
    end,
    ok.
