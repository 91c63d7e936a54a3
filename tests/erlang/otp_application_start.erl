-module(otp_application_start).
%% application: start/stop with a callback module (start/2, prep_stop/1,
%% stop/1), dependencies, ensure_started, ensure_all_started, errors.
-behaviour(application).
-behaviour(supervisor).
-export([start/0, start/2, prep_stop/1, stop/1, init/1]).
start() ->
    register(tester, self()),
    ok = application:load({application, base_app, [{vsn, "1"}, {mod, {?MODULE, base}}]}),
    ok = application:load({application, top_app, [{vsn, "1"}, {applications, [kernel, stdlib, base_app]},
                                                   {mod, {?MODULE, top}}]}),
    ok = application:load({application, lib_app, [{vsn, "1"}]}),
    ok = application:load({application, bad_app, [{vsn, "1"}, {mod, {?MODULE, bad}}]}),
    ok = application:load({application, fail_app, [{vsn, "1"}, {mod, {?MODULE, fail}}]}),
    io:format("~p~n", [application:start(top_app)]),
    io:format("~p~n", [application:ensure_all_started(top_app)]),
    io:format("~p~n", [mine(application:which_applications())]),
    io:format("~p~n", [application:start(top_app)]),
    io:format("~p~n", [application:ensure_started(top_app)]),
    io:format("~p~n", [application:start(lib_app)]),
    io:format("~p~n", [application:start(bad_app)]),
    io:format("~p~n", [application:start(fail_app)]),
    io:format("~p~n", [mine(application:which_applications())]),
    io:format("~p~n", [application:stop(top_app)]),
    io:format("~p~n", [application:stop(top_app)]),
    io:format("~p~n", [application:stop(lib_app)]),
    io:format("~p~n", [mine(application:which_applications())]),
    io:format("~p~n", [application:ensure_all_started(top_app)]),
    io:format("~p~n", [application:stop(top_app)]),
    io:format("~p~n", [application:stop(base_app)]),
    io:format("~p~n", [application:ensure_all_started(no_such_app)]),
    io:format("~p~n", [mine(application:which_applications())]),
    ok.
mine(L) -> [N || {N, _, _} <- L, lists:member(N, [base_app, top_app, lib_app, bad_app, fail_app])].
start(normal, bad) -> what;
start(normal, fail) -> {error, refused};
start(normal, Which) ->
    io:format("start ~p~n", [Which]),
    {ok, Pid} = supervisor:start_link(?MODULE, []),
    {ok, Pid, {state, Which}}.
prep_stop(S) -> io:format("prep_stop ~p~n", [S]), {prepped, S}.
stop(S) -> io:format("stop ~p~n", [S]), ok.
init([]) -> {ok, {#{}, []}}.
