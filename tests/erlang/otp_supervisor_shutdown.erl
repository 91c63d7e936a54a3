-module(otp_supervisor_shutdown).
%% supervisor: shutdown brutal_kill, a timeout for a child that does not
%% stop (killed), and a child that stops in time; the order children stop in.
-behaviour(supervisor).
-export([start/0, init/1, child/2]).
start() ->
    logger:set_primary_config(level, none),
    register(tester, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    Kids = [{I, P} || {I, P, _, _} <- supervisor:which_children(Sup)],
    Refs = [{I, erlang:monitor(process, P)} || {I, P} <- Kids],
    exit(Sup, shutdown),
    receive {'EXIT', Sup, R} -> io:format("supervisor: ~p~n", [R]) end,
    [receive {'DOWN', Ref, _, _, Why} -> io:format("~p: ~p~n", [I, Why]) end || {I, Ref} <- lists:sort(Refs)],
    collect(),
    ok.
collect() ->
    receive {got, I, R} -> io:format("~p got exit ~p~n", [I, R]), collect()
    after 0 -> ok end.
init([]) ->
    {ok, {#{}, [#{id => brutal, start => {?MODULE, child, [brutal, obey]}, shutdown => brutal_kill},
                #{id => stubborn, start => {?MODULE, child, [stubborn, ignore]}, shutdown => 50},
                #{id => polite, start => {?MODULE, child, [polite, obey]}, shutdown => 1000},
                #{id => patient, start => {?MODULE, child, [patient, obey]}, shutdown => infinity}]}}.
child(Id, Mode) ->
    {ok, spawn_link(fun() ->
                            process_flag(trap_exit, true),
                            receive {'EXIT', _, R} ->
                                    tester ! {got, Id, R},
                                    case Mode of
                                        obey -> exit(R);
                                        ignore -> receive after infinity -> ok end
                                    end
                            end
                    end)}.
