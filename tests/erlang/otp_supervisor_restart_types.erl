-module(otp_supervisor_restart_types).
%% supervisor: permanent, transient and temporary children ending with
%% normal, shutdown, {shutdown, _} and abnormal reasons.
-behaviour(supervisor).
-export([start/0, init/1, child/1]).
start() ->
    logger:set_primary_config(level, none),
    register(tester, self()),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    [wait() || _ <- [1, 2, 3]],
    [case R of
         permanent -> ok;
         _ -> ok
     end || R <- [x]],
    lists:foreach(
      fun(Reason) ->
              [stop_child(Sup, Id, Reason) || Id <- [perm, trans, temp]],
              report(Sup, Reason)
      end, [normal, {shutdown, x}, boom]),
    ok.
stop_child(Sup, Id, Reason) ->
    case lists:keyfind(Id, 1, supervisor:which_children(Sup)) of
        {Id, P, _, _} when is_pid(P) ->
            P ! {stop, Reason},
            Ref = erlang:monitor(process, P),
            receive {'DOWN', Ref, _, _, _} -> ok end,
            %% a restarted child reports in
            receive {started, Id} -> io:format("~p restarted after ~p~n", [Id, Reason])
            after 50 -> io:format("~p not restarted after ~p~n", [Id, Reason])
            end;
        {Id, Other, _, _} -> io:format("~p is ~p~n", [Id, Other]);
        false -> io:format("~p is gone~n", [Id])
    end.
report(Sup, Reason) ->
    io:format("after ~p: ~p~n", [Reason, [{I, is_pid(P)} || {I, P, _, _} <- supervisor:which_children(Sup)]]).
wait() -> receive {started, _} -> ok end.
init([]) ->
    {ok, {#{intensity => 10},
          [#{id => I, start => {?MODULE, child, [I]}, restart => R}
           || {I, R} <- [{perm, permanent}, {trans, transient}, {temp, temporary}]]}}.
child(Id) ->
    {ok, spawn_link(fun() -> tester ! {started, Id}, receive {stop, R} -> exit(R) end end)}.
