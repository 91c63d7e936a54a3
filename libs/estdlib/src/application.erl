%% The `application' module of the atomvm-rs standard library: loading,
%% starting and stopping applications with a callback module and a
%% supervision tree, their environment and keys. Written for this
%% project from OTP's documentation and experiments against OTP
%% 25/27/29.
%%
%% Packs hold no .app files, so an application is loaded from its spec:
%% load({application, Name, Props}). load(Name) of an application not
%% loaded fails as OTP does when the .app file is missing. kernel and
%% stdlib count as loaded and started.
%%
%% Start types: temporary (the default), transient and permanent. When a
%% permanent application (or a transient one, abnormally) ends, the VM
%% halts with status 1, as OTP's node stops. Start phases, included
%% applications, distribution (takeover, failover) are not provided.
%%
%% The state lives in a registered process, `application_controller',
%% started on first use. Each started application with a `mod' has an
%% application master process that calls Mod:start/2, is linked to the
%% top process it returns, and calls Mod:prep_stop/1 (if exported) and
%% Mod:stop/1 when the application stops or the top process ends.
-module(application).

-export([load/1, load/2, unload/1, start/1, start/2, stop/1,
         ensure_started/1, ensure_started/2, ensure_all_started/1,
         ensure_all_started/2, which_applications/0,
         which_applications/1, loaded_applications/0, get_env/1,
         get_env/2, get_env/3, get_all_env/0, get_all_env/1, set_env/3,
         set_env/4, unset_env/2, unset_env/3, get_key/1, get_key/2,
         get_all_key/0, get_all_key/1, get_application/0,
         get_application/1]).

-export([controller_init/1, master_init/5]).

-define(CTRL, application_controller).

%% ---- loading ----

load(AppSpec) -> load(AppSpec, []).

load({application, Name, Props} = Spec, _Distributed)
  when is_atom(Name), is_list(Props) ->
    case check_props(Props) of
        ok ->
            case call({load, Name, Props}) of
                {error, {already_loaded, Name}} -> {error, {already_loaded, Spec}};
                Other -> Other
            end;
        error -> {error, {bad_application, Spec}}
    end;
load(Name, _Distributed) when is_atom(Name) ->
    case lists:keymember(Name, 1, loaded_applications()) of
        true -> {error, {already_loaded, Name}};
        false -> {error, {"no such file or directory", atom_to_list(Name) ++ ".app"}}
    end;
load(Other, _Distributed) ->
    {error, {bad_application, Other}}.

check_props(Props) ->
    case lists:all(fun({K, _}) -> is_atom(K); (_) -> false end, Props) of
        true -> ok;
        false -> error
    end.

unload(Name) -> call({unload, Name}).

%% ---- starting and stopping ----

start(Name) -> start(Name, temporary).

start(Name, Type) when is_atom(Name) ->
    case lists:member(Type, [temporary, transient, permanent]) of
        false -> erlang:error(badarg, [Name, Type]);
        true -> ok
    end,
    case ensure_loaded(Name) of
        ok -> do_start(Name, Type);
        Error -> Error
    end;
start(Spec = {application, Name, _}, Type) ->
    case load(Spec) of
        ok -> start(Name, Type);
        {error, {already_loaded, _}} -> start(Name, Type);
        Error -> Error
    end.

ensure_loaded(Name) ->
    case lists:keymember(Name, 1, loaded_applications()) of
        true -> ok;
        false -> load(Name)
    end.

do_start(Name, Type) ->
    case call({prepare_start, Name}) of
        {ok, Props} ->
            case start_master(Name, Type, Props) of
                {ok, Master} ->
                    call({started, Name, Type, Master});
                {error, _} = Error ->
                    call({start_failed, Name}),
                    Error
            end;
        Error ->
            Error
    end.

start_master(Name, Type, Props) ->
    case lists:keyfind(mod, 1, Props) of
        {mod, {Mod, Args}} ->
            Ref = make_ref(),
            Master = spawn(?MODULE, master_init, [self(), Ref, Name, Mod, {Type, Args}]),
            MRef = erlang:monitor(process, Master),
            receive
                {Ref, ok} ->
                    erlang:demonitor(MRef, [flush]),
                    {ok, Master};
                {Ref, {error, _} = Error} ->
                    erlang:demonitor(MRef, [flush]),
                    Error;
                {'DOWN', MRef, _, _, Reason} ->
                    {error, Reason}
            end;
        _ ->
            {ok, undefined}
    end.

ensure_started(Name) -> ensure_started(Name, temporary).

ensure_started(Name, Type) ->
    case start(Name, Type) of
        ok -> ok;
        {error, {already_started, Name}} -> ok;
        Error -> Error
    end.

ensure_all_started(Apps) -> ensure_all_started(Apps, temporary).

ensure_all_started(App, Type) when is_atom(App) ->
    ensure_all_started([App], Type);
ensure_all_started(Apps, Type) when is_list(Apps) ->
    case ensure_all(Apps, Type, []) of
        {ok, Started} -> {ok, lists:reverse(Started)};
        {error, Reason, Started} ->
            _ = [stop(A) || A <- Started],
            {error, Reason}
    end.

ensure_all([], _Type, Started) ->
    {ok, Started};
ensure_all([App | Apps], Type, Started) ->
    case is_running(App) of
        true ->
            ensure_all(Apps, Type, Started);
        false ->
            case ensure_loaded(App) of
                ok ->
                    {ok, Deps} = get_key(App, applications),
                    case ensure_all(Deps, Type, Started) of
                        {ok, Started1} ->
                            case start(App, Type) of
                                ok -> ensure_all(Apps, Type, [App | Started1]);
                                {error, {already_started, App}} -> ensure_all(Apps, Type, Started1);
                                {error, Reason} -> {error, {App, Reason}, Started1}
                            end;
                        Error ->
                            Error
                    end;
                {error, Reason} ->
                    {error, {App, Reason}, Started}
            end
    end.

is_running(App) ->
    lists:keymember(App, 1, which_applications()).

stop(Name) ->
    case call({begin_stop, Name}) of
        {ok, undefined} ->
            call({stopped, Name});
        {ok, Master} ->
            MRef = erlang:monitor(process, Master),
            Master ! {stop, self()},
            receive {'DOWN', MRef, _, _, _} -> ok end,
            call({stopped, Name});
        Error ->
            Error
    end.

%% ---- the application master ----

master_init(Starter, Ref, Name, Mod, {_RestartType, Args}) ->
    Type = normal,
    process_flag(trap_exit, true),
    put('$application', Name),
    Res = case catch Mod:start(Type, Args) of
              {ok, Pid} when is_pid(Pid) -> {ok, Pid, []};
              {ok, Pid, State} when is_pid(Pid) -> {ok, Pid, State};
              {error, Reason} -> {error, {Reason, {Mod, start, [Type, Args]}}};
              {'EXIT', normal} -> {error, {{'EXIT', normal}, {Mod, start, [Type, Args]}}};
              Other -> {error, {bad_return, {{Mod, start, [Type, Args]}, Other}}}
          end,
    case Res of
        {ok, Top, AppState} ->
            Starter ! {Ref, ok},
            master_loop(Name, Mod, Top, AppState);
        Error ->
            Starter ! {Ref, Error}
    end.

master_loop(Name, Mod, Top, AppState) ->
    receive
        {stop, _From} ->
            S1 = prep_stop(Mod, AppState),
            exit(Top, shutdown),
            receive {'EXIT', Top, _} -> ok end,
            catch Mod:stop(S1),
            exit(normal);
        {'EXIT', Top, Reason} ->
            S1 = prep_stop(Mod, AppState),
            catch Mod:stop(S1),
            catch ?CTRL ! {app_exited, Name, Reason},
            exit(Reason);
        _ ->
            master_loop(Name, Mod, Top, AppState)
    end.

prep_stop(Mod, AppState) ->
    case erlang:function_exported(Mod, prep_stop, 1) of
        true ->
            case catch Mod:prep_stop(AppState) of
                {'EXIT', _} -> AppState;
                S -> S
            end;
        false ->
            AppState
    end.

%% ---- information ----

which_applications() ->
    call(which_applications).

which_applications(_Timeout) ->
    which_applications().

loaded_applications() ->
    call(loaded_applications).

get_env(Key) ->
    case get_application() of
        {ok, App} -> get_env(App, Key);
        undefined -> undefined
    end.

get_env(App, Key) ->
    case lists:keyfind(Key, 1, get_all_env(App)) of
        {Key, V} -> {ok, V};
        false -> undefined
    end.

get_env(App, Key, Default) ->
    case get_env(App, Key) of
        {ok, V} -> V;
        undefined -> Default
    end.

get_all_env() ->
    case get_application() of
        {ok, App} -> get_all_env(App);
        undefined -> []
    end.

get_all_env(App) ->
    call({get_all_env, App}).

set_env(App, Key, Val) -> call({set_env, App, Key, Val}).
set_env(App, Key, Val, _Opts) -> set_env(App, Key, Val).
unset_env(App, Key) -> call({unset_env, App, Key}).
unset_env(App, Key, _Opts) -> unset_env(App, Key).

get_key(Key) ->
    case get_application() of
        {ok, App} -> get_key(App, Key);
        undefined -> undefined
    end.

get_key(App, Key) ->
    case call({get_all_key, App}) of
        {ok, Keys} ->
            case lists:keyfind(Key, 1, Keys) of
                {Key, V} -> {ok, V};
                false -> undefined
            end;
        undefined ->
            undefined
    end.

get_all_key() ->
    case get_application() of
        {ok, App} -> get_all_key(App);
        undefined -> []
    end.

get_all_key(App) ->
    call({get_all_key, App}).

get_application() ->
    get_application(self()).

%% The application a process belongs to (the one whose master is among
%% its ancestors), or that lists a module.
get_application(Pid) when is_pid(Pid) ->
    Masters = call(masters),
    find_master([Pid], Masters, 20);
get_application(Module) when is_atom(Module) ->
    Loaded = call(loaded_props),
    case [Name || {Name, Props} <- Loaded,
                  lists:member(Module, proplists:get_value(modules, Props, []))] of
        [Name | _] -> {ok, Name};
        [] -> undefined
    end.

find_master(_Pids, _Masters, 0) ->
    undefined;
find_master([], _Masters, _N) ->
    undefined;
find_master([P | Rest], Masters, N) ->
    Pid = case P of
              Name when is_atom(Name) -> whereis(Name);
              _ -> P
          end,
    case lists:keyfind(Pid, 2, Masters) of
        {App, _} ->
            {ok, App};
        false when is_pid(Pid) ->
            Ancestors = case erlang:process_info(Pid, dictionary) of
                            {dictionary, D} ->
                                case lists:keyfind('$ancestors', 1, D) of
                                    {_, As} -> As;
                                    false -> []
                                end;
                            _ -> []
                        end,
            find_master(Rest ++ Ancestors, Masters, N - 1);
        false ->
            find_master(Rest, Masters, N - 1)
    end.

%% ---- the controller ----

call(Req) ->
    Pid = controller(),
    Ref = erlang:monitor(process, Pid),
    Pid ! {?CTRL, self(), Ref, Req},
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, Reason} ->
            exit({Reason, {?MODULE, Req}})
    end.

controller() ->
    case whereis(?CTRL) of
        undefined ->
            Parent = self(),
            Pid = spawn(?MODULE, controller_init, [Parent]),
            receive {Pid, _} -> ok end,
            controller();
        Pid ->
            Pid
    end.

controller_init(Parent) ->
    case catch register(?CTRL, self()) of
        true ->
            Parent ! {self(), started},
            Builtin = [{kernel, [{description, "ERTS  CXC 138 10"}, {vsn, "atomvm"},
                                 {applications, []}, {env, []}]},
                       {stdlib, [{description, "ERTS  CXC 138 10"}, {vsn, "atomvm"},
                                 {applications, [kernel]}, {env, []}]}],
            %% loaded: [{Name, Props}]; running: [{Name, Type, Master}], newest first
            ctrl_loop(#{loaded => Builtin,
                        running => [{stdlib, permanent, undefined},
                                    {kernel, permanent, undefined}],
                        starting => []});
        _ ->
            Parent ! {self(), lost}
    end.

ctrl_loop(S) ->
    receive
        {?CTRL, From, Ref, Req} ->
            {Reply, S1} = ctrl(Req, S),
            From ! {Ref, Reply},
            ctrl_loop(S1);
        {app_exited, Name, Reason} ->
            ctrl_loop(app_exited(Name, Reason, S));
        _ ->
            ctrl_loop(S)
    end.

ctrl({load, Name, Props}, #{loaded := L} = S) ->
    case lists:keymember(Name, 1, L) of
        true -> {{error, {already_loaded, Name}}, S};
        false -> {ok, S#{loaded => L ++ [{Name, normalize(Props)}]}}
    end;
ctrl({unload, Name}, #{loaded := L, running := R} = S) ->
    case {lists:keymember(Name, 1, L), lists:keymember(Name, 1, R)} of
        {false, _} -> {{error, {not_loaded, Name}}, S};
        {true, true} -> {{error, {running, Name}}, S};
        {true, false} -> {ok, S#{loaded => lists:keydelete(Name, 1, L)}}
    end;
ctrl({prepare_start, Name}, #{loaded := L, running := R, starting := St} = S) ->
    case lists:keyfind(Name, 1, L) of
        false ->
            {{error, {not_loaded, Name}}, S};
        {Name, Props} ->
            case lists:keymember(Name, 1, R) orelse lists:member(Name, St) of
                true ->
                    {{error, {already_started, Name}}, S};
                false ->
                    Deps = proplists:get_value(applications, Props, []),
                    case [D || D <- Deps, not lists:keymember(D, 1, R)] of
                        [D | _] -> {{error, {not_started, D}}, S};
                        [] -> {{ok, Props}, S#{starting => [Name | St]}}
                    end
            end
    end;
ctrl({started, Name, Type, Master}, #{running := R, starting := St} = S) ->
    {ok, S#{running => [{Name, Type, Master} | R], starting => lists:delete(Name, St)}};
ctrl({start_failed, Name}, #{starting := St} = S) ->
    {ok, S#{starting => lists:delete(Name, St)}};
ctrl({begin_stop, Name}, #{running := R} = S) ->
    case lists:keyfind(Name, 1, R) of
        {Name, _Type, Master} -> {{ok, Master}, S#{running => lists:keydelete(Name, 1, R)}};
        false -> {{error, {not_started, Name}}, S}
    end;
ctrl({stopped, _Name}, S) ->
    {ok, S};
ctrl(which_applications, #{running := R, loaded := L} = S) ->
    {[{N, desc(N, L), vsn(N, L)} || {N, _, _} <- R], S};
ctrl(loaded_applications, #{loaded := L} = S) ->
    {[{N, desc(N, L), vsn(N, L)} || {N, _} <- L], S};
ctrl(loaded_props, #{loaded := L} = S) ->
    {L, S};
ctrl(masters, #{running := R} = S) ->
    {[{N, M} || {N, _, M} <- R, is_pid(M)], S};
ctrl({get_all_env, App}, #{loaded := L} = S) ->
    case lists:keyfind(App, 1, L) of
        {App, Props} -> {proplists:get_value(env, Props, []), S};
        false -> {[], S}
    end;
ctrl({set_env, App, Key, Val}, #{loaded := L} = S) ->
    Props = case lists:keyfind(App, 1, L) of
                {App, P} -> P;
                false -> []
            end,
    Env = lists:keystore(Key, 1, proplists:get_value(env, Props, []), {Key, Val}),
    NewProps = lists:keystore(env, 1, Props, {env, Env}),
    {ok, S#{loaded => lists:keystore(App, 1, L, {App, NewProps})}};
ctrl({unset_env, App, Key}, #{loaded := L} = S) ->
    case lists:keyfind(App, 1, L) of
        {App, Props} ->
            Env = lists:keydelete(Key, 1, proplists:get_value(env, Props, [])),
            NewProps = lists:keystore(env, 1, Props, {env, Env}),
            {ok, S#{loaded => lists:keystore(App, 1, L, {App, NewProps})}};
        false ->
            {ok, S}
    end;
ctrl({get_all_key, App}, #{loaded := L} = S) ->
    case lists:keyfind(App, 1, L) of
        {App, Props} -> {{ok, [{id, []} | Props]}, S};
        false -> {undefined, S}
    end;
ctrl(_Other, S) ->
    {{error, badreq}, S}.

%% The keys OTP fills in for a loaded application.
normalize(Props) ->
    Defaults = [{description, ""}, {vsn, ""}, {modules, []}, {maxP, infinity},
                {maxT, infinity}, {registered, []}, {included_applications, []},
                {optional_applications, []}, {applications, []}, {env, []},
                {mod, []}, {start_phases, undefined}],
    [{K, proplists:get_value(K, Props, D)} || {K, D} <- Defaults].

desc(N, L) ->
    case lists:keyfind(N, 1, L) of
        {N, P} -> proplists:get_value(description, P, "");
        false -> ""
    end.

vsn(N, L) ->
    case lists:keyfind(N, 1, L) of
        {N, P} -> proplists:get_value(vsn, P, "");
        false -> ""
    end.

app_exited(Name, Reason, #{running := R} = S) ->
    case lists:keyfind(Name, 1, R) of
        {Name, Type, _} ->
            Abnormal = Reason =/= normal,
            case Type of
                permanent -> erlang:halt(1);
                transient when Abnormal -> erlang:halt(1);
                _ -> ok
            end,
            S#{running => lists:keydelete(Name, 1, R)};
        false ->
            S
    end.
