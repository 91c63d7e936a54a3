-module(otp_supervisor_nested).
%% supervisor: a supervisor child of a supervisor; counts, types, and the
%% whole tree stopping when the top goes.
-behaviour(supervisor).
-export([start/0, init/1, worker/1]).
start() ->
    register(tester, self()),
    process_flag(trap_exit, true),
    {ok, Top} = supervisor:start_link({local, top_sup}, ?MODULE, top),
    io:format("~p~n", [supervisor:count_children(top_sup)]),
    io:format("~p~n", [[{I, T} || {I, _, T, _} <- supervisor:which_children(top_sup)]]),
    io:format("~p~n", [supervisor:count_children(sub_sup)]),
    {ok, Spec} = supervisor:get_childspec(top_sup, sub),
    io:format("~p~n", [maps:get(shutdown, Spec)]),
    exit(Top, shutdown),
    receive {'EXIT', Top, R} -> io:format("top: ~p~n", [R]) end,
    [receive {stopped, W, Why} -> io:format("~p: ~p~n", [W, Why]) end || W <- [w3, w2, w1]],
    io:format("~p~n", [[whereis(N) || N <- [top_sup, sub_sup]]]),
    ok.
init(top) ->
    {ok, {#{strategy => one_for_all},
          [#{id => w1, start => {?MODULE, worker, [w1]}},
           #{id => sub, start => {supervisor, start_link, [{local, sub_sup}, ?MODULE, sub]}, type => supervisor},
           #{id => w3, start => {?MODULE, worker, [w3]}}]}};
init(sub) ->
    {ok, {#{}, [#{id => w2, start => {?MODULE, worker, [w2]}}]}}.
worker(Id) ->
    {ok, spawn_link(fun() -> process_flag(trap_exit, true),
                             receive {'EXIT', _, R} -> tester ! {stopped, Id, R}, exit(R) end end)}.
