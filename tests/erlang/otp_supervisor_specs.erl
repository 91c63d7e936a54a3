-module(otp_supervisor_specs).
%% supervisor: child spec checking (maps and tuples), get_childspec,
%% check_childspecs.
-behaviour(supervisor).
-export([start/0, init/1, child/0]).
start() ->
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    Bad = [#{start => {?MODULE, child, []}},
           #{id => x},
           #{id => x, start => {?MODULE, child, []}, restart => sometimes},
           #{id => x, start => {?MODULE, child, []}, shutdown => -5},
           #{id => x, start => {?MODULE, child, []}, shutdown => soon},
           #{id => x, start => {?MODULE, child, []}, type => manager},
           #{id => x, start => {?MODULE, child, []}, modules => [1]},
           #{id => x, start => {?MODULE, child}},
           #{id => x, start => bad},
           {x, {?MODULE, child, []}, permanent, 10, worker},
           {x, {?MODULE, child, []}, permanent, 10, worker, dynamic},
           not_a_spec],
    [io:format("~w~n", [supervisor:start_child(Sup, S)]) || S <- lists:sublist(Bad, 10)],
    {ok, _} = supervisor:start_child(Sup, lists:nth(11, Bad)),
    io:format("~p~n", [supervisor:start_child(Sup, not_a_spec)]),
    [io:format("~w~n", [lists:sort(maps:to_list(S))]) || I <- [x, a, s], {ok, S} <- [supervisor:get_childspec(Sup, I)]],
    io:format("~p~n", [supervisor:get_childspec(Sup, nope)]),
    io:format("~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}}])]),
    io:format("~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}}, #{id => a, start => {m, f, []}}])]),
    io:format("~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}, restart => x}])]),
    ok.
init([]) ->
    {ok, {#{}, [#{id => a, start => {?MODULE, child, []}},
                #{id => s, start => {?MODULE, child, []}, type => supervisor}]}}.
child() -> {ok, spawn_link(fun() -> receive after infinity -> ok end end)}.
