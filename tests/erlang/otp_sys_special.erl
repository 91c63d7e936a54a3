-module(otp_sys_special).
%% sys: a hand-written special process (system messages through
%% sys:handle_system_msg/6): get_state, replace_state, suspend/resume,
%% get_status, terminate; errors for dead processes.
-export([start/0, init/1, system_continue/3, system_terminate/4,
         system_get_state/1, system_replace_state/2]).
start() ->
    logger:set_primary_config(level, none),
    {ok, P} = proc_lib:start_link(?MODULE, init, [self()]),
    io:format("~p~n", [sys:get_state(P)]),
    io:format("~p~n", [sys:replace_state(P, fun(N) -> N * 10 end)]),
    P ! {add, 1},
    io:format("~p~n", [sys:get_state(P)]),
    ok = sys:suspend(P),
    P ! {add, 2},
    io:format("suspended: ~p~n", [sys:get_state(P)]),
    ok = sys:resume(P),
    io:format("resumed: ~p~n", [sys:get_state(P)]),
    {status, SP, {module, Mod}, [_PDict, SysState, Parent, _Debug, Misc]} = sys:get_status(P),
    io:format("~p~n", [{SP =:= P, Mod, SysState, Parent =:= self(), Misc}]),
    {'EXIT', {Failed, _}} = (catch sys:replace_state(P, fun(_) -> erlang:error(nope) end)),
    io:format("~p~n", [Failed]),
    io:format("~p~n", [sys:get_state(P)]),
    Ref = erlang:monitor(process, P),
    unlink(P),
    spawn(fun() -> catch sys:terminate(P, finished) end),
    receive {'DOWN', Ref, _, _, R} -> io:format("down: ~p~n", [R]) end,
    {'EXIT', {noproc, {sys, get_state, [P2]}}} = (catch sys:get_state(P)),
    io:format("dead: ~p~n", [P2 =:= P]),
    io:format("~p~n", [catch sys:get_state(no_such_process)]),
    io:format("~p~n", [catch sys:suspend(no_such_process, 100)]),
    ok.
init(Parent) ->
    proc_lib:init_ack(Parent, {ok, self()}),
    loop(Parent, 1).
loop(Parent, N) ->
    receive
        {system, From, Req} -> sys:handle_system_msg(Req, From, Parent, ?MODULE, [], N);
        {add, K} -> loop(Parent, N + K)
    end.
system_continue(Parent, _Debug, N) -> loop(Parent, N).
system_terminate(Reason, _Parent, _Debug, _N) -> exit(Reason).
system_get_state(N) -> {ok, N}.
system_replace_state(F, N) -> N2 = F(N), {ok, N2, N2}.
