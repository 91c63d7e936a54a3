-module(otp_supervisor_intensity).
%% supervisor restart intensity: intensity 0 dies on the first crash,
%% intensity 2 survives two and dies on the third.
-behaviour(supervisor).
-export([start/0, init/1, child/0]).
start() ->
    logger:set_primary_config(level, none),
    register(tester, self()),
    process_flag(trap_exit, true),
    run(0),
    run(2),
    ok.
run(Intensity) ->
    {ok, Sup} = supervisor:start_link(?MODULE, Intensity),
    wait(),
    crash(Sup, Intensity + 1),
    receive {'EXIT', Sup, R} -> io:format("intensity ~p: supervisor exit ~p~n", [Intensity, R]) end.
crash(_Sup, 0) -> ok;
crash(Sup, N) ->
    [{w, P, _, _}] = supervisor:which_children(Sup),
    exit(P, kill),
    case N of
        1 -> ok;
        _ -> wait()
    end,
    crash(Sup, N - 1).
wait() -> receive started -> io:format("started~n") end.
init(I) ->
    {ok, {{one_for_one, I, 3600}, [{w, {?MODULE, child, []}, permanent, 100, worker, [?MODULE]}]}}.
child() ->
    {ok, spawn_link(fun() -> tester ! started, receive after infinity -> ok end end)}.
