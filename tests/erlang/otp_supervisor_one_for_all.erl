-module(otp_supervisor_one_for_all).
%% supervisor one_for_all: which children are stopped and restarted when b dies.
-behaviour(supervisor).
-export([start/0, init/1, child/1, loop/1]).
start() ->
    logger:set_primary_config(level, none),
    register(tester, self()),
    {ok, Sup} = supervisor:start_link(?MODULE, one_for_all),
    [wait(I) || I <- [a, b, c]],
    Before = [{I, P} || {I, P, _, _} <- supervisor:which_children(Sup)],
    exit(proplists:get_value(b, Before), kill),
    [receive {stopped, I, R} -> io:format("~p stopped: ~p~n", [I, R]) end || I <- [c, a]],
    [wait(I) || I <- [a, b, c]],
    After = [{I, P} || {I, P, _, _} <- supervisor:which_children(Sup)],
    io:format("same: ~p~n", [[{I, proplists:get_value(I, Before) =:= P} || {I, P} <- After]]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    unlink(Sup), exit(Sup, shutdown),
    [receive {stopped, I, R} -> io:format("~p stopped: ~p~n", [I, R]) end || I <- [c, b, a]],
    ok.
wait(I) -> receive {started, I} -> io:format("~p started~n", [I]) end.
init(Strategy) ->
    {ok, {#{strategy => Strategy, intensity => 3, period => 10},
          [#{id => I, start => {?MODULE, child, [I]}} || I <- [a, b, c]]}}.
child(I) ->
    Pid = spawn_link(fun() -> process_flag(trap_exit, true), tester ! {started, I}, loop(I) end),
    {ok, Pid}.
loop(I) ->
    receive {'EXIT', _, R} -> tester ! {stopped, I, R}, exit(R) end.
