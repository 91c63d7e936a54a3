-module(otp_supervisor_init).
%% supervisor: init/1 results: ignore, bad values, bad flags, bad specs,
%% a child that fails to start (the others started are stopped).
-behaviour(supervisor).
-export([start/0, init/1, child/1]).
start() ->
    logger:set_primary_config(level, none),
    register(tester, self()),
    process_flag(trap_exit, true),
    [io:format("~p~n", [simplify(supervisor:start_link(?MODULE, Case))])
     || Case <- [ignore, bad, bad_strategy, bad_intensity, bad_period, bad_flags,
                 bad_spec, dup, fail_second, crash_second]],
    io:format("~p~n", [simplify(supervisor:start_link({local, named_sup}, ?MODULE, ok))]),
    io:format("~p~n", [is_pid(whereis(named_sup))]),
    io:format("~p~n", [simplify(supervisor:start_link({local, named_sup}, ?MODULE, ok))]),
    ok.
simplify({ok, P}) when is_pid(P) -> ok;
simplify({error, {already_started, P}}) when is_pid(P) -> already_started;
simplify({error, {shutdown, {failed_to_start_child, Id, {R, St}}}}) when is_list(St) ->
    {error, {shutdown, {failed_to_start_child, Id, R}}};
simplify({error, {shutdown, {failed_to_start_child, Id, {'EXIT', {R, St}}}}}) when is_list(St) ->
    {error, {shutdown, {failed_to_start_child, Id, {'EXIT', R}}}};
simplify(Other) -> Other.
init(ignore) -> ignore;
init(bad) -> {ok, what};
init(bad_strategy) -> {ok, {#{strategy => sometimes}, []}};
init(bad_intensity) -> {ok, {#{intensity => -1}, []}};
init(bad_period) -> {ok, {#{period => 0}, []}};
init(bad_flags) -> {ok, {{one_for_one, 1}, []}};
init(bad_spec) -> {ok, {#{}, [#{id => a}]}};
init(dup) -> {ok, {#{}, [#{id => a, start => {?MODULE, child, [a]}}, #{id => a, start => {?MODULE, child, [a]}}]}};
init(fail_second) -> {ok, {#{}, [#{id => a, start => {?MODULE, child, [a]}}, #{id => b, start => {?MODULE, child, [fail]}}]}};
init(crash_second) -> {ok, {#{}, [#{id => b, start => {?MODULE, child, [crash]}}]}};
init(ok) -> {ok, {#{}, []}}.
child(fail) -> {error, nope};
child(crash) -> erlang:error(crashed);
child(Id) ->
    {ok, spawn_link(fun() -> process_flag(trap_exit, true),
                             receive {'EXIT', _, _} -> tester ! {stopped, Id} end end)}.
