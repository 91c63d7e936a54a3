-module(otp_supervisor_child_api).
%% supervisor: terminate_child, restart_child, delete_child, start_child
%% on a static supervisor, with their error results.
-behaviour(supervisor).
-export([start/0, init/1, child/1]).
start() ->
    logger:set_primary_config(level, none),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    io:format("~p~n", [supervisor:terminate_child(Sup, a)]),
    io:format("~p~n", [[{I, is_pid(P)} || {I, P, _, _} <- supervisor:which_children(Sup)]]),
    io:format("~p~n", [supervisor:terminate_child(Sup, a)]),
    io:format("~p~n", [supervisor:terminate_child(Sup, nope)]),
    io:format("~p~n", [supervisor:delete_child(Sup, b)]),
    io:format("~p~n", [supervisor:delete_child(Sup, nope)]),
    {ok, P} = supervisor:restart_child(Sup, a),
    io:format("restarted: ~p~n", [is_pid(P)]),
    io:format("~p~n", [supervisor:restart_child(Sup, a)]),
    io:format("~p~n", [supervisor:restart_child(Sup, nope)]),
    ok = supervisor:terminate_child(Sup, a),
    io:format("~p~n", [supervisor:delete_child(Sup, a)]),
    io:format("~p~n", [[I || {I, _, _, _} <- supervisor:which_children(Sup)]]),
    {ok, _} = supervisor:start_child(Sup, #{id => a, start => {?MODULE, child, [a]}}),
    {error, {already_started, _}} = supervisor:start_child(Sup, #{id => a, start => {?MODULE, child, [a]}}),
    ok = supervisor:terminate_child(Sup, a),
    io:format("~p~n", [supervisor:start_child(Sup, #{id => a, start => {?MODULE, child, [a]}})]),
    {ok, PC} = supervisor:start_child(Sup, {c, {?MODULE, child, [c]}, temporary, brutal_kill, worker, []}),
    io:format("~p~n", [is_pid(PC)]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    io:format("~p~n", [supervisor:start_child(Sup, #{id => d, start => {?MODULE, child, [ignore]}})]),
    io:format("~p~n", [[{I, P2} || {I, P2, _, _} <- supervisor:which_children(Sup), not is_pid(P2)]]),
    io:format("~p~n", [supervisor:start_child(Sup, #{id => e, start => {?MODULE, child, [ignore]}, restart => temporary})]),
    {error, {Why, _Child}} = supervisor:start_child(Sup, #{id => f, start => {?MODULE, child, [fail]}}),
    io:format("~p~n", [Why]),
    io:format("~p~n", [[I || {I, _, _, _} <- supervisor:which_children(Sup)]]),
    ok.
init([]) ->
    {ok, {#{}, [#{id => I, start => {?MODULE, child, [I]}} || I <- [a, b]]}}.
child(ignore) -> ignore;
child(fail) -> {error, cannot};
child(_) -> {ok, spawn_link(fun() -> receive after infinity -> ok end end)}.
