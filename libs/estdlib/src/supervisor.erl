%% The `supervisor' behaviour of the atomvm-rs standard library, a
%% gen_server. Written for this project from OTP's documentation and
%% experiments against OTP 25/27/29.
%%
%% Provided: the strategies one_for_one, one_for_all, rest_for_one and
%% simple_one_for_one; restart intensity and period; child specs as maps
%% or as 6-tuples; restart types permanent, transient and temporary;
%% shutdown brutal_kill, a time in milliseconds, or infinity;
%% start_child, terminate_child, restart_child, delete_child,
%% which_children, count_children, get_childspec, check_childspecs.
%% Reports (progress, child_terminated, start_error, shutdown_error,
%% reached_max_restart_intensity) go to the logger with the domain
%% [otp, sasl].
%%
%% Not provided: auto_shutdown other than never (and with it
%% significant children): init fails with
%% {supervisor_data, {unsupported, auto_shutdown}}.
-module(supervisor).
-behaviour(gen_server).

-export([start_link/2, start_link/3, start_child/2, restart_child/2,
         delete_child/2, terminate_child/2, which_children/1,
         count_children/1, check_childspecs/1, check_childspecs/2,
         get_childspec/2]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2,
         terminate/2, code_change/3]).

-callback init(Args :: term()) -> term().

%% Field order as OTP's internal child record (it shows in some errors).
-record(child, {pid = undefined, id, mfargs, restart_type = permanent,
                significant = false, shutdown, child_type = worker,
                modules = []}).

-record(state, {name, strategy = one_for_one,
                children = [],   % #child{}, newest first
                dynamics = #{},  % simple_one_for_one: Pid => Args
                intensity = 1, period = 5, restarts = [],
                module, args}).

-define(is_simple(S), S#state.strategy =:= simple_one_for_one).

%% ---- API ----

start_link(Mod, Args) ->
    gen_server:start_link(supervisor, {self, Mod, Args}, []).

start_link(SupName, Mod, Args) ->
    gen_server:start_link(SupName, supervisor, {SupName, Mod, Args}, []).

start_child(Sup, ChildSpecOrArgs) ->
    call(Sup, {start_child, ChildSpecOrArgs}).

restart_child(Sup, Id) -> call(Sup, {restart_child, Id}).
delete_child(Sup, Id) -> call(Sup, {delete_child, Id}).
terminate_child(Sup, IdOrPid) -> call(Sup, {terminate_child, IdOrPid}).
which_children(Sup) -> call(Sup, which_children).
count_children(Sup) -> call(Sup, count_children).
get_childspec(Sup, Id) -> call(Sup, {get_childspec, Id}).

call(Sup, Req) -> gen_server:call(Sup, Req, infinity).

check_childspecs(Specs) -> check_childspecs(Specs, undefined).

check_childspecs(Specs, _AutoShutdown) when is_list(Specs) ->
    case check_startspec(Specs) of
        {ok, _} -> ok;
        Error -> {error, Error}
    end;
check_childspecs(X, _) ->
    {error, {badarg, X}}.

%% ---- gen_server callbacks ----

init({SupName, Mod, Args}) ->
    process_flag(trap_exit, true),
    Name = case SupName of
               self -> {self(), Mod};
               _ -> SupName
           end,
    case Mod:init(Args) of
        {ok, {SupFlags, StartSpec}} ->
            case init_state(SupFlags, #state{name = Name, module = Mod, args = Args}) of
                {ok, State} when ?is_simple(State) ->
                    init_dynamic(State, StartSpec);
                {ok, State} ->
                    init_children(State, StartSpec);
                Error ->
                    {stop, {supervisor_data, Error}}
            end;
        ignore ->
            ignore;
        Error ->
            {stop, {bad_return, {Mod, init, Error}}}
    end.

init_state(Flags, State) when is_map(Flags) ->
    Strategy = maps:get(strategy, Flags, one_for_one),
    Intensity = maps:get(intensity, Flags, 1),
    Period = maps:get(period, Flags, 5),
    case maps:get(auto_shutdown, Flags, never) of
        never -> init_state(Strategy, Intensity, Period, State);
        _ -> {unsupported, auto_shutdown}
    end;
init_state({Strategy, Intensity, Period}, State) ->
    init_state(Strategy, Intensity, Period, State);
init_state(Other, _State) ->
    {invalid_type, Other}.

init_state(Strategy, Intensity, Period, State) ->
    case validate_strategy(Strategy) of
        ok when not (is_integer(Intensity) andalso Intensity >= 0) ->
            {invalid_intensity, Intensity};
        ok when not (is_integer(Period) andalso Period > 0) ->
            {invalid_period, Period};
        ok ->
            {ok, State#state{strategy = Strategy, intensity = Intensity,
                             period = Period}};
        Error ->
            Error
    end.

validate_strategy(S) when S =:= one_for_one; S =:= one_for_all;
                          S =:= rest_for_one; S =:= simple_one_for_one -> ok;
validate_strategy(S) -> {invalid_strategy, S}.

init_children(State, StartSpec) ->
    case check_startspec(StartSpec) of
        {ok, Children} ->
            %% Children come in start order; the state keeps newest first.
            case start_children(Children, State#state.name, []) of
                {ok, Started} ->
                    {ok, State#state{children = Started}};
                {error, Started, Reason} ->
                    _ = terminate_children(Started, State#state.name),
                    {stop, {shutdown, Reason}}
            end;
        Error ->
            {stop, {start_spec, Error}}
    end.

init_dynamic(State, [StartSpec]) ->
    case check_startspec([StartSpec]) of
        {ok, Children} -> {ok, State#state{children = Children}};
        Error -> {stop, {start_spec, Error}}
    end;
init_dynamic(_State, StartSpec) ->
    {stop, {bad_start_spec, StartSpec}}.

start_children([], _SupName, Acc) ->
    {ok, Acc};
start_children([Child | Rest], SupName, Acc) ->
    case do_start_child(SupName, Child) of
        {ok, undefined} when Child#child.restart_type =:= temporary ->
            start_children(Rest, SupName, Acc);
        {ok, Pid} ->
            start_children(Rest, SupName, [Child#child{pid = Pid} | Acc]);
        {ok, Pid, _Extra} ->
            start_children(Rest, SupName, [Child#child{pid = Pid} | Acc]);
        {error, Reason} ->
            report_error(start_error, Reason, Child, SupName),
            {error, Acc, {failed_to_start_child, Child#child.id, Reason}}
    end.

do_start_child(SupName, #child{mfargs = {M, F, Args}} = Child) ->
    do_start_child_i(SupName, Child, M, F, Args).

do_start_child_i(SupName, Child, M, F, Args) ->
    case catch apply(M, F, Args) of
        {ok, Pid} when is_pid(Pid) ->
            report_progress(Child#child{pid = Pid}, SupName),
            {ok, Pid};
        {ok, Pid, Extra} when is_pid(Pid) ->
            report_progress(Child#child{pid = Pid}, SupName),
            {ok, Pid, Extra};
        ignore ->
            {ok, undefined};
        {ok, undefined} ->
            {ok, undefined};
        {ok, undefined, _} ->
            {ok, undefined};
        {error, _} = Error ->
            Error;
        What ->
            {error, What}
    end.

handle_call({start_child, EArgs}, _From, State) when ?is_simple(State) ->
    [Child] = State#state.children,
    {M, F, A} = Child#child.mfargs,
    Args = A ++ EArgs,
    case do_start_child_i(State#state.name, Child, M, F, Args) of
        {ok, undefined} ->
            {reply, {ok, undefined}, State};
        {ok, Pid} ->
            {reply, {ok, Pid}, add_dynamic(Pid, Args, State)};
        {ok, Pid, Extra} ->
            {reply, {ok, Pid, Extra}, add_dynamic(Pid, Args, State)};
        Error ->
            {reply, Error, State}
    end;
handle_call({start_child, ChildSpec}, _From, State) ->
    case check_childspec(ChildSpec) of
        {ok, Child} ->
            {Resp, NState} = handle_start_child(Child, State),
            {reply, Resp, NState};
        What ->
            {reply, {error, What}, State}
    end;

handle_call({terminate_child, Pid}, _From, State) when is_pid(Pid), ?is_simple(State) ->
    case maps:is_key(Pid, State#state.dynamics) of
        true ->
            [Child] = State#state.children,
            _ = do_terminate(Child#child{pid = Pid}, State#state.name),
            {reply, ok, del_dynamic(Pid, State)};
        false ->
            %% a pid that is no longer alive counts as terminated
            case is_process_alive(Pid) of
                true -> {reply, {error, not_found}, State};
                false -> {reply, ok, State}
            end
    end;
handle_call({terminate_child, _Id}, _From, State) when ?is_simple(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({terminate_child, IdOrPid}, _From, State) ->
    Found = case is_pid(IdOrPid) of
                true -> find_by_pid(IdOrPid, State#state.children);
                false -> lists:keyfind(IdOrPid, #child.id, State#state.children)
            end,
    case Found of
        false ->
            {reply, {error, not_found}, State};
        Child ->
            _ = do_terminate(Child, State#state.name),
            {reply, ok, del_child(Child, State)}
    end;

handle_call({restart_child, _Id}, _From, State) when ?is_simple(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({restart_child, Id}, _From, State) ->
    case lists:keyfind(Id, #child.id, State#state.children) of
        #child{pid = undefined} = Child ->
            case do_start_child(State#state.name, Child) of
                {ok, Pid} ->
                    {reply, {ok, Pid}, replace_child(Child#child{pid = Pid}, State)};
                {ok, Pid, Extra} ->
                    {reply, {ok, Pid, Extra}, replace_child(Child#child{pid = Pid}, State)};
                Error ->
                    {reply, Error, State}
            end;
        #child{pid = restarting} ->
            {reply, {error, restarting}, State};
        #child{} ->
            {reply, {error, running}, State};
        false ->
            {reply, {error, not_found}, State}
    end;

handle_call({delete_child, _Id}, _From, State) when ?is_simple(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({delete_child, Id}, _From, State) ->
    case lists:keyfind(Id, #child.id, State#state.children) of
        #child{pid = undefined} ->
            Children = lists:keydelete(Id, #child.id, State#state.children),
            {reply, ok, State#state{children = Children}};
        #child{pid = restarting} ->
            {reply, {error, restarting}, State};
        #child{} ->
            {reply, {error, running}, State};
        false ->
            {reply, {error, not_found}, State}
    end;

handle_call({get_childspec, Id}, _From, State) ->
    Found = case ?is_simple(State) of
                true when is_pid(Id) ->
                    case maps:is_key(Id, State#state.dynamics) of
                        true -> hd(State#state.children);
                        false -> false
                    end;
                _ ->
                    lists:keyfind(Id, #child.id, State#state.children)
            end,
    case Found of
        false -> {reply, {error, not_found}, State};
        Child -> {reply, {ok, child_to_spec(Child)}, State}
    end;

handle_call(which_children, _From, State) when ?is_simple(State) ->
    [#child{child_type = Type, modules = Mods}] = State#state.children,
    Reply = [{undefined, Pid, Type, Mods}
             || Pid <- lists:sort(maps:keys(State#state.dynamics))],
    {reply, Reply, State};
handle_call(which_children, _From, State) ->
    Reply = [{Id, Pid, Type, Mods}
             || #child{pid = Pid, id = Id, child_type = Type, modules = Mods}
                    <- State#state.children],
    {reply, Reply, State};

handle_call(count_children, _From, State) when ?is_simple(State) ->
    [#child{child_type = Type}] = State#state.children,
    Pids = maps:keys(State#state.dynamics),
    Active = length([P || P <- Pids, is_process_alive(P)]),
    N = length(Pids),
    {Sups, Workers} = case Type of
                          supervisor -> {N, 0};
                          worker -> {0, N}
                      end,
    {reply, [{specs, 1}, {active, Active}, {supervisors, Sups}, {workers, Workers}], State};
handle_call(count_children, _From, State) ->
    Children = State#state.children,
    Active = length([C || #child{pid = P} = C <- Children, is_pid(P)]),
    Sups = length([C || #child{child_type = supervisor} = C <- Children]),
    Workers = length([C || #child{child_type = worker} = C <- Children]),
    {reply, [{specs, length(Children)}, {active, Active},
             {supervisors, Sups}, {workers, Workers}], State};

handle_call(Req, _From, State) ->
    {reply, {error, {unknown_request, Req}}, State}.

handle_cast({try_again_restart, Key}, State) ->
    Child = case ?is_simple(State) of
                true ->
                    case maps:find(Key, State#state.dynamics) of
                        {ok, _} -> {dynamic, Key};
                        error -> false
                    end;
                false ->
                    case lists:keyfind(Key, #child.id, State#state.children) of
                        #child{pid = restarting} = C -> C;
                        _ -> false
                    end
            end,
    case Child of
        false ->
            {noreply, State};
        _ ->
            case restart(Child, State) of
                {ok, NState} -> {noreply, NState};
                {shutdown, NState} -> {stop, shutdown, NState}
            end
    end;
handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info({'EXIT', Pid, Reason}, State) ->
    case restart_child(Pid, Reason, State) of
        {ok, NState} -> {noreply, NState};
        {shutdown, NState} -> {stop, shutdown, NState}
    end;
handle_info(_Msg, State) ->
    {noreply, State}.

terminate(_Reason, State) when ?is_simple(State) ->
    [Child] = State#state.children,
    terminate_dynamic(Child, maps:keys(State#state.dynamics), State#state.name);
terminate(_Reason, State) ->
    terminate_children(State#state.children, State#state.name).

code_change(_, State, _) ->
    {ok, State}.

%% ---- starting children on request ----

handle_start_child(Child, State) ->
    case lists:keyfind(Child#child.id, #child.id, State#state.children) of
        false ->
            case do_start_child(State#state.name, Child) of
                {ok, undefined} when Child#child.restart_type =:= temporary ->
                    {{ok, undefined}, State};
                {ok, Pid} ->
                    {{ok, Pid}, save_child(Child#child{pid = Pid}, State)};
                {ok, Pid, Extra} ->
                    {{ok, Pid, Extra}, save_child(Child#child{pid = Pid}, State)};
                {error, {already_started, _} = What} ->
                    {{error, What}, State};
                {error, What} ->
                    {{error, {What, Child}}, State}
            end;
        #child{pid = Pid} when is_pid(Pid) ->
            {{error, {already_started, Pid}}, State};
        #child{} ->
            {{error, already_present}, State}
    end.

save_child(Child, State) ->
    State#state{children = [Child | State#state.children]}.

replace_child(#child{id = Id} = Child, State) ->
    Children = lists:keyreplace(Id, #child.id, State#state.children, Child),
    State#state{children = Children}.

%% A child that ended and is not restarted: temporary children are
%% forgotten, the others keep their spec without a pid.
del_child(#child{restart_type = temporary, id = Id}, State) ->
    State#state{children = lists:keydelete(Id, #child.id, State#state.children)};
del_child(Child, State) ->
    replace_child(Child#child{pid = undefined}, State).

add_dynamic(Pid, Args, State) ->
    State#state{dynamics = maps:put(Pid, Args, State#state.dynamics)}.

del_dynamic(Pid, State) ->
    State#state{dynamics = maps:remove(Pid, State#state.dynamics)}.

find_by_pid(Pid, Children) ->
    case [C || #child{pid = P} = C <- Children, P =:= Pid] of
        [C | _] -> C;
        [] -> false
    end.

%% ---- a child ended ----

restart_child(Pid, Reason, State) when ?is_simple(State) ->
    case maps:find(Pid, State#state.dynamics) of
        {ok, Args} ->
            [Child] = State#state.children,
            {M, F, _} = Child#child.mfargs,
            C = Child#child{pid = Pid, mfargs = {M, F, Args}},
            do_restart(Reason, C, State);
        error ->
            {ok, State}
    end;
restart_child(Pid, Reason, State) ->
    case find_by_pid(Pid, State#state.children) of
        false -> {ok, State};
        Child -> do_restart(Reason, Child, State)
    end.

do_restart(Reason, #child{restart_type = permanent} = Child, State) ->
    report_error(child_terminated, Reason, Child, State#state.name),
    restart(Child, State);
do_restart(Reason, Child, State)
  when Reason =:= normal; Reason =:= shutdown;
       tuple_size(Reason) =:= 2, element(1, Reason) =:= shutdown ->
    {ok, forget(Child, State)};
do_restart(Reason, #child{restart_type = transient} = Child, State) ->
    report_error(child_terminated, Reason, Child, State#state.name),
    restart(Child, State);
do_restart(Reason, #child{restart_type = temporary} = Child, State) ->
    report_error(child_terminated, Reason, Child, State#state.name),
    {ok, forget(Child, State)}.

forget(#child{pid = Pid}, State) when ?is_simple(State) ->
    del_dynamic(Pid, State);
forget(Child, State) ->
    del_child(Child, State).

restart(Child, State) ->
    case add_restart(State) of
        {ok, NState} ->
            case do_restart_strategy(Child, NState) of
                {ok, NState2} ->
                    {ok, NState2};
                {try_again, NState2, Key} ->
                    gen_server:cast(self(), {try_again_restart, Key}),
                    {ok, NState2}
            end;
        {terminate, NState} ->
            report_error(shutdown, reached_max_restart_intensity, Child,
                         State#state.name),
            {shutdown, forget(Child, NState)}
    end.

add_restart(#state{intensity = I, period = P, restarts = R} = State) ->
    Now = erlang:monotonic_time(second),
    R1 = [Now | [T || T <- R, Now - T < P]],
    NState = State#state{restarts = R1},
    case length(R1) =< I of
        true -> {ok, NState};
        false -> {terminate, NState}
    end.

%% Child (a #child{}, or {dynamic, Pid} for a retried simple child).
do_restart_strategy({dynamic, Pid}, State) ->
    Args = maps:get(Pid, State#state.dynamics),
    [Child] = State#state.children,
    {M, F, _} = Child#child.mfargs,
    do_restart_strategy(Child#child{pid = Pid, mfargs = {M, F, Args}},
                        del_dynamic(Pid, State));
do_restart_strategy(#child{pid = OldPid, mfargs = {M, F, Args}} = Child, State)
  when ?is_simple(State) ->
    State1 = del_dynamic(OldPid, State),
    case do_start_child_i(State#state.name, Child, M, F, Args) of
        {ok, undefined} -> {ok, State1};
        {ok, Pid} -> {ok, add_dynamic(Pid, Args, State1)};
        {ok, Pid, _} -> {ok, add_dynamic(Pid, Args, State1)};
        {error, Reason} ->
            report_error(start_error, Reason, Child, State#state.name),
            %% Kept under its old pid (marked by the args) until retried.
            {try_again, add_dynamic(OldPid, Args, State1), OldPid}
    end;
do_restart_strategy(Child, #state{strategy = one_for_one} = State) ->
    case do_start_child(State#state.name, Child) of
        {ok, Pid} ->
            {ok, replace_child(Child#child{pid = Pid}, State)};
        {ok, Pid, _} ->
            {ok, replace_child(Child#child{pid = Pid}, State)};
        {error, Reason} ->
            report_error(start_error, Reason, Child, State#state.name),
            {try_again, replace_child(Child#child{pid = restarting}, State),
             Child#child.id}
    end;
do_restart_strategy(Child, #state{strategy = one_for_all} = State) ->
    Children0 = lists:keyreplace(Child#child.id, #child.id,
                                 State#state.children,
                                 Child#child{pid = undefined}),
    Children1 = terminate_children(Children0, State#state.name),
    restart_all(Children1, Child#child.id, State);
do_restart_strategy(Child, #state{strategy = rest_for_one} = State) ->
    {Newer, [_ | Older]} = lists:splitwith(fun(C) -> C#child.id =/= Child#child.id end,
                                           State#state.children),
    Terminated = terminate_children(Newer, State#state.name),
    %% Restart the child, then the newer ones in start order.
    Group = Terminated ++ [Child#child{pid = undefined}],
    restart_group(Group, Older, Child#child.id, State).

restart_all(Children, Id, State) ->
    restart_group(Children, [], Id, State).

%% Starts the children of Group (newest first, none running) in start
%% order in front of Older; on a failure the rest stay down and the
%% failed one is retried.
restart_group(Group, Older, FailedId, State) ->
    start_group(lists:reverse(Group), Older, FailedId, State).

start_group([], Started, _FailedId, State) ->
    {ok, State#state{children = Started}};
start_group([Child | Rest], Started, FailedId, State) ->
    case Child#child.pid of
        undefined ->
            case do_start_child(State#state.name, Child) of
                {ok, undefined} when Child#child.restart_type =:= temporary ->
                    start_group(Rest, Started, FailedId, State);
                {ok, Pid} ->
                    start_group(Rest, [Child#child{pid = Pid} | Started], FailedId, State);
                {ok, Pid, _} ->
                    start_group(Rest, [Child#child{pid = Pid} | Started], FailedId, State);
                {error, Reason} ->
                    report_error(start_error, Reason, Child, State#state.name),
                    Children = lists:reverse(Rest) ++
                        [Child#child{pid = restarting} | Started],
                    {try_again, State#state{children = Children}, Child#child.id}
            end;
        _ ->
            start_group(Rest, [Child | Started], FailedId, State)
    end.

%% ---- stopping children ----

%% Terminates the children (newest first, one after the other); returns
%% them without pids (temporary ones dropped).
terminate_children(Children, SupName) ->
    terminate_children(Children, SupName, []).

terminate_children([], _SupName, Acc) ->
    lists:reverse(Acc);
terminate_children([Child | Rest], SupName, Acc) ->
    _ = do_terminate(Child, SupName),
    case Child#child.restart_type of
        temporary -> terminate_children(Rest, SupName, Acc);
        _ -> terminate_children(Rest, SupName, [Child#child{pid = undefined} | Acc])
    end.

do_terminate(#child{pid = Pid} = Child, SupName) when is_pid(Pid) ->
    case shutdown(Pid, Child#child.shutdown) of
        ok -> ok;
        {error, normal} when Child#child.restart_type =/= permanent -> ok;
        {error, Reason} -> report_error(shutdown_error, Reason, Child, SupName)
    end,
    ok;
do_terminate(_Child, _SupName) ->
    ok.

shutdown(Pid, brutal_kill) ->
    case monitor_child(Pid) of
        ok ->
            exit(Pid, kill),
            receive
                {'DOWN', _, process, Pid, killed} -> ok;
                {'DOWN', _, process, Pid, Other} -> {error, Other}
            end;
        Error ->
            Error
    end;
shutdown(Pid, Time) ->
    case monitor_child(Pid) of
        ok ->
            exit(Pid, shutdown),
            receive
                {'DOWN', _, process, Pid, shutdown} -> ok;
                {'DOWN', _, process, Pid, Other} -> {error, Other}
            after Time ->
                    exit(Pid, kill),
                    receive
                        {'DOWN', _, process, Pid, Other} -> {error, Other}
                    end
            end;
        Error ->
            Error
    end.

%% Monitors the child and drops the link; if it has already ended, its
%% reason.
monitor_child(Pid) ->
    erlang:monitor(process, Pid),
    unlink(Pid),
    receive
        {'EXIT', Pid, Reason} ->
            receive {'DOWN', _, process, Pid, _} -> {error, Reason} end
    after 0 ->
            ok
    end.

terminate_dynamic(Child, Pids, SupName) ->
    %% All at once: a shutdown signal to each, then wait for each.
    Mons = [{Pid, monitor_child(Pid)} || Pid <- Pids],
    Alive = [Pid || {Pid, ok} <- Mons],
    Kill = Child#child.shutdown =:= brutal_kill,
    lists:foreach(fun(Pid) when Kill -> exit(Pid, kill);
                     (Pid) -> exit(Pid, shutdown) end, Alive),
    lists:foreach(fun(Pid) ->
                          Expected = case Kill of true -> killed; false -> shutdown end,
                          Timeout = case Child#child.shutdown of
                                        T when is_integer(T) -> T;
                                        _ -> infinity
                                    end,
                          receive
                              {'DOWN', _, process, Pid, Expected} -> ok;
                              {'DOWN', _, process, Pid, Other} ->
                                  report_error(shutdown_error, Other,
                                               Child#child{pid = Pid}, SupName)
                          after Timeout ->
                                  exit(Pid, kill),
                                  receive {'DOWN', _, process, Pid, _} -> ok end
                          end
                  end, Alive),
    ok.

%% ---- child specs ----

check_startspec(Specs) -> check_startspec(Specs, [], []).

check_startspec([Spec | T], Ids, Acc) ->
    case check_childspec(Spec) of
        {ok, #child{id = Id} = Child} ->
            case lists:member(Id, Ids) of
                true -> {duplicate_child_name, Id};
                false -> check_startspec(T, [Id | Ids], [Child | Acc])
            end;
        Error ->
            Error
    end;
check_startspec([], _Ids, Acc) ->
    {ok, lists:reverse(Acc)};
check_startspec(Other, _Ids, _Acc) ->
    {bad_start_spec, Other}.

check_childspec(Spec) when is_map(Spec) ->
    case maps:find(id, Spec) of
        {ok, Id} ->
            case maps:find(start, Spec) of
                {ok, Start} ->
                    Type = maps:get(type, Spec, worker),
                    DefShutdown = case Type of
                                      supervisor -> infinity;
                                      _ -> 5000
                                  end,
                    do_check_childspec(Id, Start,
                                       maps:get(restart, Spec, permanent),
                                       maps:get(significant, Spec, false),
                                       maps:get(shutdown, Spec, DefShutdown),
                                       Type,
                                       maps:get(modules, Spec, default_modules(Start)));
                error ->
                    missing_start
            end;
        error ->
            missing_id
    end;
check_childspec({Id, Start, Restart, Shutdown, Type, Modules}) ->
    do_check_childspec(Id, Start, Restart, false, Shutdown, Type, Modules);
check_childspec(X) ->
    {invalid_child_spec, X}.

default_modules({M, _, _}) when is_atom(M) -> [M];
default_modules(_) -> [].

do_check_childspec(Id, Start, Restart, Significant, Shutdown, Type, Modules) ->
    Checks = [fun() -> check_mfa(Start) end,
              fun() -> check_restart(Restart) end,
              fun() -> check_significant(Significant) end,
              fun() -> check_shutdown(Shutdown) end,
              fun() -> check_type(Type) end,
              fun() -> check_modules(Modules) end],
    case run_checks(Checks) of
        ok ->
            {ok, #child{id = Id, mfargs = Start, restart_type = Restart,
                        significant = Significant, shutdown = Shutdown,
                        child_type = Type, modules = Modules}};
        Error ->
            Error
    end.

run_checks([]) -> ok;
run_checks([F | T]) ->
    case F() of
        ok -> run_checks(T);
        Error -> Error
    end.

check_mfa({M, F, A}) when is_atom(M), is_atom(F), is_list(A) -> ok;
check_mfa(X) -> {invalid_mfa, X}.

check_restart(R) when R =:= permanent; R =:= transient; R =:= temporary -> ok;
check_restart(R) -> {invalid_restart_type, R}.

check_significant(false) -> ok;
check_significant(S) -> {invalid_significant, S}.

check_shutdown(S) when S =:= brutal_kill; S =:= infinity -> ok;
check_shutdown(S) when is_integer(S), S >= 0 -> ok;
check_shutdown(S) -> {invalid_shutdown, S}.

check_type(T) when T =:= worker; T =:= supervisor -> ok;
check_type(T) -> {invalid_child_type, T}.

check_modules(dynamic) -> ok;
check_modules(Ms) when is_list(Ms) ->
    case [M || M <- Ms, not is_atom(M)] of
        [] -> ok;
        [M | _] -> {invalid_module, M}
    end;
check_modules(X) -> {invalid_modules, X}.

child_to_spec(#child{id = Id, mfargs = Start, restart_type = Restart,
                     significant = Significant, shutdown = Shutdown,
                     child_type = Type, modules = Modules}) ->
    #{id => Id, start => Start, restart => Restart, significant => Significant,
      shutdown => Shutdown, type => Type, modules => Modules}.

%% ---- reports ----

report_error(Context, Reason, Child, SupName) ->
    catch logger:log(error,
                     #{label => {supervisor, Context}, report =>
                           [{supervisor, SupName}, {errorContext, Context},
                            {reason, Reason}, {offender, extract_child(Child)}]},
                     #{domain => [otp, sasl], error_logger => #{tag => error_report,
                                                                type => supervisor_report}}),
    ok.

report_progress(Child, SupName) ->
    catch logger:log(info,
                     #{label => {supervisor, progress}, report =>
                           [{supervisor, SupName}, {started, extract_child(Child)}]},
                     #{domain => [otp, sasl], error_logger => #{tag => info_report,
                                                               type => progress}}),
    ok.

extract_child(#child{pid = Pid, id = Id, mfargs = MFA, restart_type = R,
                     significant = Sig, shutdown = S, child_type = T}) ->
    [{pid, Pid}, {id, Id}, {mfargs, MFA}, {restart_type, R},
     {significant, Sig}, {shutdown, S}, {child_type, T}].
