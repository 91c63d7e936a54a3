-module(otp_supervisor_simple).
%% supervisor simple_one_for_one: start_child with extra args, restart of a
%% dynamic child, terminate_child by pid, errors of the static-only calls.
-behaviour(supervisor).
-export([start/0, init/1, child/2]).
start() ->
    logger:set_primary_config(level, none),
    register(tester, self()),
    {ok, Sup} = supervisor:start_link({local, simple_sup}, ?MODULE, []),
    {ok, P1} = supervisor:start_child(simple_sup, [one]),
    {ok, P2} = supervisor:start_child(simple_sup, [two]),
    [wait() || _ <- [1, 2]],
    io:format("~p~n", [supervisor:count_children(Sup)]),
    io:format("~p~n", [length(supervisor:which_children(Sup))]),
    io:format("~w~n", [[{I, T, M} || {I, _, T, M} <- supervisor:which_children(Sup)]]),
    exit(P1, kill),
    wait(),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    io:format("~p~n", [supervisor:terminate_child(Sup, P2)]),
    io:format("~p~n", [supervisor:terminate_child(Sup, P2)]),
    io:format("~p~n", [supervisor:terminate_child(Sup, some_id)]),
    io:format("~p~n", [supervisor:restart_child(Sup, some_id)]),
    io:format("~p~n", [supervisor:delete_child(Sup, some_id)]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    io:format("~p~n", [supervisor:start_child(Sup, [ignore])]),
    io:format("~p~n", [supervisor:start_child(Sup, [fail])]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    ok.
wait() -> receive {started, A} -> io:format("started ~p~n", [A]) end.
init([]) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 5, period => 10},
          [#{id => worker, start => {?MODULE, child, [base]}, restart => permanent}]}}.
child(base, ignore) -> ignore;
child(base, fail) -> {error, no_way};
child(base, A) ->
    Pid = spawn_link(fun() -> tester ! {started, A}, receive after infinity -> ok end end),
    {ok, Pid}.
