%% The `gen_statem' behaviour of the atomvm-rs standard library.
%% Written for this project from OTP's documentation and experiments
%% against OTP 25/27/29.
%%
%% Provided: callback modes state_functions and handle_event_function,
%% with or without state_enter; init/1 results {ok, State, Data[,
%% Actions]}, ignore, {stop, R}, {error, R}; state callback results
%% next_state, keep_state(_and_data), repeat_state(_and_data), stop,
%% stop_and_reply; actions postpone, next_event, reply, hibernate
%% (accepted: the VM does not hibernate), event timeouts, state_timeout
%% and generic {timeout, Name} timeouts (set, cancel, update); events
%% {call, From}, cast, info, internal, timeout, state_timeout,
%% {timeout, Name}; call/2,3, cast/2, reply/1,2, stop/1,3,
%% enter_loop/4,5,6, sys messages.
%%
%% Not provided: timeout options {abs, true} (absolute times need a
%% clock API the VM lacks: an error badarg), {global, Name}, the
%% change_callback_module action, format_status.
-module(gen_statem).

-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3,
         start_monitor/4, stop/1, stop/3, call/2, call/3, cast/2, reply/1,
         reply/2, send_request/2, enter_loop/4, enter_loop/5, enter_loop/6,
         init_it/6, system_continue/3, system_terminate/4,
         system_get_state/1, system_replace_state/2, system_code_change/4,
         format_status/2]).

-callback init(Args :: term()) -> term().
-callback callback_mode() -> term().
-optional_callbacks([terminate/3, code_change/4, handle_event/4, format_status/1,
                     format_status/2]).
-callback terminate(Reason :: term(), State :: term(), Data :: term()) -> term().
-callback code_change(term(), term(), term(), term()) -> term().
-callback handle_event(term(), term(), term(), term()) -> term().
-callback format_status(map()) -> map().
-callback format_status(term(), list()) -> term().

-record(st, {parent, name, mod, mode = state_functions, enter = false,
             state, data, postponed = [], queue = [],
             timers = #{},      % TimeoutType => {TRef, Content}
             debug = []}).

%% ---- starting ----

start(Mod, Args, Opts) -> gen:start(?MODULE, nolink, Mod, Args, Opts).
start(Name, Mod, Args, Opts) -> gen:start(?MODULE, nolink, Name, Mod, Args, Opts).
start_link(Mod, Args, Opts) -> gen:start(?MODULE, link, Mod, Args, Opts).
start_link(Name, Mod, Args, Opts) -> gen:start(?MODULE, link, Name, Mod, Args, Opts).
start_monitor(Mod, Args, Opts) -> gen:start(?MODULE, monitor, Mod, Args, Opts).
start_monitor(Name, Mod, Args, Opts) -> gen:start(?MODULE, monitor, Name, Mod, Args, Opts).

stop(ServerRef) -> proc_lib:stop(ServerRef).
stop(ServerRef, Reason, Timeout) -> proc_lib:stop(ServerRef, Reason, Timeout).

%% ---- the client side ----

call(ServerRef, Request) -> call(ServerRef, Request, infinity).

call(ServerRef, Request, Timeout) ->
    T = case Timeout of
            {dirty_timeout, DT} -> DT;
            {clean_timeout, CT} -> CT;
            _ -> Timeout
        end,
    case catch gen:call(ServerRef, '$gen_call', Request, T) of
        {ok, Reply} -> Reply;
        {'EXIT', Reason} ->
            exit({Reason, {?MODULE, call, [ServerRef, Request, Timeout]}})
    end.

cast(ServerRef, Msg) ->
    gen_server:cast(ServerRef, Msg).

reply({reply, From, Reply}) -> reply(From, Reply);
reply(Replies) when is_list(Replies) -> [reply(R) || R <- Replies], ok.

reply(From, Reply) -> gen:reply(From, Reply).

send_request(ServerRef, Request) ->
    gen:send_request(ServerRef, '$gen_call', Request).

%% ---- entering the loop ----

enter_loop(Mod, Opts, State, Data) ->
    enter_loop(Mod, Opts, State, Data, self(), []).

enter_loop(Mod, Opts, State, Data, ServerName = {Scope, _})
  when Scope =:= local; Scope =:= via; Scope =:= global ->
    enter_loop(Mod, Opts, State, Data, ServerName, []);
enter_loop(Mod, Opts, State, Data, Actions) ->
    enter_loop(Mod, Opts, State, Data, self(), Actions).

enter_loop(Mod, _Opts, State, Data, ServerName, Actions) ->
    Name = case ServerName of
               Pid when is_pid(Pid) -> Pid;
               _ ->
                   case gen:where(ServerName) of
                       Self when Self =:= self() -> gen:name(ServerName);
                       _ -> exit(process_not_registered)
                   end
           end,
    Parent = gen:get_parent(),
    enter(Parent, Name, Mod, State, Data, Actions).

%% ---- the server side ----

init_it(Starter, Parent, Name0, Mod, Args, _Opts) ->
    Name = gen:name(Name0),
    Result = try {ok, Mod:init(Args)}
             catch
                 throw:R0 -> {ok, R0};
                 C0:R0:S0 -> {'EXIT', C0, R0, S0}
             end,
    case Result of
        {ok, {ok, State, Data}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            enter(Parent, Name, Mod, State, Data, []);
        {ok, {ok, State, Data, Actions}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            enter(Parent, Name, Mod, State, Data, Actions);
        {ok, {stop, Reason}} ->
            gen:unregister_name(Name0),
            proc_lib:init_fail(Starter, {error, Reason}, {exit, Reason});
        {ok, {error, _} = Error} ->
            gen:unregister_name(Name0),
            proc_lib:init_fail(Starter, Error, {exit, normal});
        {ok, ignore} ->
            gen:unregister_name(Name0),
            proc_lib:init_fail(Starter, ignore, {exit, normal});
        {ok, Else} ->
            Error = {bad_return_from_init, Else},
            gen:unregister_name(Name0),
            proc_lib:init_fail(Starter, {error, Error}, {exit, Error});
        {'EXIT', Cl, Rs, St} ->
            gen:unregister_name(Name0),
            proc_lib:init_fail(Starter, {error, reason(Cl, Rs, St)}, {Cl, Rs, St})
    end.

reason(error, R, Stack) -> {R, Stack};
reason(exit, R, _) -> R;
reason(throw, R, Stack) -> {{nocatch, R}, Stack}.

enter(Parent, Name, Mod, State, Data, Actions) ->
    St0 = #st{parent = Parent, name = Name, mod = Mod, state = State, data = Data},
    St = case callback_mode(Mod) of
             {ok, Mode, Enter} -> St0#st{mode = Mode, enter = Enter};
             {error, Reason} -> terminate(error, Reason, [], St0)
         end,
    %% The initial state counts as a state change: state enter runs with
    %% the state itself as the old state.
    transition(St, State, Data, listify(Actions), true, false, undefined).

callback_mode(Mod) ->
    try Mod:callback_mode() of
        Mode -> parse_mode(Mode)
    catch
        _:R -> {error, {callback_mode_failed, R}}
    end.

parse_mode(state_functions) -> {ok, state_functions, false};
parse_mode(handle_event_function) -> {ok, handle_event_function, false};
parse_mode(L) when is_list(L) ->
    Enter = lists:member(state_enter, L),
    case [M || M <- L, M =:= state_functions orelse M =:= handle_event_function] of
        [M] -> {ok, M, Enter};
        _ -> {error, {bad_callback_mode, L}}
    end;
parse_mode(Other) -> {error, {bad_callback_mode, Other}}.

listify(L) when is_list(L) -> L;
listify(A) -> [A].

%% The main loop: the internal queue first, then the mailbox.
loop(#st{queue = [Event | Rest]} = St, _EventTimeout) ->
    handle_event(St#st{queue = Rest}, Event);
loop(St, EventTimeout) ->
    case EventTimeout of
        undefined ->
            receive Msg -> decode_msg(Msg, St) end;
        {Time, Content} ->
            receive
                Msg -> decode_msg(Msg, St)
            after Time ->
                    handle_event(St, {timeout, Content})
            end
    end.

decode_msg({system, From, Req}, #st{parent = Parent, debug = Debug} = St) ->
    sys:handle_system_msg(Req, From, Parent, ?MODULE, Debug, St);
decode_msg({'EXIT', Parent, Reason}, #st{parent = Parent} = St) ->
    terminate(exit, Reason, [], St);
decode_msg({'$gen_call', From, Request}, St) ->
    handle_event(St, {{call, From}, Request});
decode_msg({'$gen_cast', Msg}, St) ->
    handle_event(St, {cast, Msg});
decode_msg({timeout, TRef, TimeoutType} = Msg, #st{timers = Timers} = St) ->
    case maps:find(TimeoutType, Timers) of
        {ok, {TRef, Content}} ->
            Type = case TimeoutType of
                       state_timeout -> state_timeout;
                       {timeout, _} -> TimeoutType
                   end,
            handle_event(St#st{timers = maps:remove(TimeoutType, Timers)}, {Type, Content});
        _ ->
            handle_event(St, {info, Msg})
    end;
decode_msg(Msg, St) ->
    handle_event(St, {info, Msg}).

%% Runs the state callback for one event.
handle_event(#st{mod = Mod, mode = Mode, state = State, data = Data} = St,
             {Type, Content} = Event) ->
    Result = try
                 case Mode of
                     state_functions -> {ok, Mod:State(Type, Content, Data)};
                     handle_event_function -> {ok, Mod:handle_event(Type, Content, State, Data)}
                 end
             catch
                 throw:R -> {ok, R};
                 Class:R:Stack -> {'EXIT', Class, R, Stack}
             end,
    case Result of
        {ok, R1} -> handle_result(St, Event, R1, false);
        {'EXIT', C, R2, S2} -> terminate(C, R2, S2, St)
    end.

%% Interprets a callback's result. InEnter: the result of a state enter call.
handle_result(#st{state = State, data = Data} = St, Event, Result, InEnter) ->
    case Result of
        {next_state, Next, NData} ->
            check_enter_next(St, InEnter, Next, Result),
            transition(St, Next, NData, [], Next =/= State, InEnter, Event);
        {next_state, Next, NData, Actions} ->
            check_enter_next(St, InEnter, Next, Result),
            transition(St, Next, NData, listify(Actions), Next =/= State, InEnter, Event);
        {keep_state, NData} ->
            transition(St, State, NData, [], false, InEnter, Event);
        {keep_state, NData, Actions} ->
            transition(St, State, NData, listify(Actions), false, InEnter, Event);
        keep_state_and_data ->
            transition(St, State, Data, [], false, InEnter, Event);
        {keep_state_and_data, Actions} ->
            transition(St, State, Data, listify(Actions), false, InEnter, Event);
        {repeat_state, NData} ->
            transition(St, State, NData, [], repeat, InEnter, Event);
        {repeat_state, NData, Actions} ->
            transition(St, State, NData, listify(Actions), repeat, InEnter, Event);
        repeat_state_and_data ->
            transition(St, State, Data, [], repeat, InEnter, Event);
        {repeat_state_and_data, Actions} ->
            transition(St, State, Data, listify(Actions), repeat, InEnter, Event);
        stop ->
            terminate(exit, normal, [], St);
        {stop, Reason} ->
            terminate(exit, Reason, [], St);
        {stop, Reason, NData} ->
            terminate(exit, Reason, [], St#st{data = NData});
        {stop_and_reply, Reason, Replies} ->
            stop_and_reply(Reason, Replies, St);
        {stop_and_reply, Reason, Replies, NData} ->
            stop_and_reply(Reason, Replies, St#st{data = NData});
        _ ->
            terminate(error, {bad_return_from_state_function, Result}, [], St)
    end.

check_enter_next(#st{state = State} = St, true, Next, Result) when Next =/= State ->
    terminate(error, {bad_state_enter_return_from_state_function, Result}, [], St);
check_enter_next(_, _, _, _) ->
    ok.

stop_and_reply(Reason, Replies, St) ->
    try terminate(exit, Reason, [], St)
    after
        _ = [reply(From, R) || {reply, From, R} <- listify(Replies)]
    end.

%% Applies a transition: actions, postponing, state change (retrying
%% postponed events and calling state enter), timeouts, then the loop.
transition(St0, Next, NData, Actions, Change, InEnter, Event) ->
    #st{state = State} = St0,
    St1 = St0#st{data = NData},
    case parse_actions(Actions, InEnter, St1, #{postpone => false, next => [],
                                               event_timeout => undefined,
                                               timeouts => []}) of
        {error, Reason} ->
            terminate(error, Reason, [], St1);
        {ok, A} ->
            #{postpone := Postpone, next := NextEvents,
              event_timeout := EvTimeout, timeouts := Timeouts} = A,
            Postponed0 = case Postpone andalso Event =/= undefined of
                             true -> [Event | St1#st.postponed];
                             false -> St1#st.postponed
                         end,
            StateChanged = Change =:= true,
            {Queue0, Postponed} =
                case StateChanged of
                    true -> {lists:reverse(Postponed0) ++ St1#st.queue, []};
                    false -> {St1#st.queue, Postponed0}
                end,
            St2 = case StateChanged of
                      true -> cancel_timer(state_timeout, St1);
                      false -> St1
                  end,
            St3 = St2#st{state = Next, postponed = Postponed,
                         queue = lists:reverse(NextEvents) ++ Queue0},
            {St4, Zero} = set_timeouts(lists:reverse(Timeouts), St3, []),
            St5 = St4#st{queue = St4#st.queue ++ lists:reverse(Zero)},
            EventTimeout = case {EvTimeout, St5#st.queue} of
                               {{Time, Content}, []} when Time =/= infinity -> {Time, Content};
                               _ -> undefined
                           end,
            case St5#st.enter andalso (Change =/= false) andalso not InEnter of
                true ->
                    call_enter(St5, State, EventTimeout);
                false when InEnter ->
                    %% back from a state enter call: go on with the loop
                    loop(St5, EventTimeout);
                false ->
                    loop(St5, EventTimeout)
            end
    end.

call_enter(#st{mod = Mod, mode = Mode, state = State, data = Data} = St, OldState, _EvTimeout) ->
    Result = try
                 case Mode of
                     state_functions -> {ok, Mod:State(enter, OldState, Data)};
                     handle_event_function -> {ok, Mod:handle_event(enter, OldState, State, Data)}
                 end
             catch
                 throw:R -> {ok, R};
                 Class:R:Stack -> {'EXIT', Class, R, Stack}
             end,
    case Result of
        {ok, R1} -> handle_result(St, undefined, R1, true);
        {'EXIT', C, R2, S2} -> terminate(C, R2, S2, St)
    end.

parse_actions([], _InEnter, _St, A) ->
    {ok, A};
parse_actions([Action | Rest], InEnter, St, A) ->
    case parse_action(Action, InEnter, A) of
        {ok, A1} -> parse_actions(Rest, InEnter, St, A1);
        error -> {error, bad_action_reason(Action, InEnter)}
    end.

bad_action_reason(Action, true) -> {bad_state_enter_action_from_state_function, Action};
bad_action_reason(Action, false) -> {bad_action_from_state_function, Action}.

parse_action(postpone, false, A) -> {ok, A#{postpone := true}};
parse_action({postpone, B}, false, A) when is_boolean(B) -> {ok, A#{postpone := B}};
parse_action({next_event, Type, Content}, false, #{next := N} = A) ->
    case valid_event_type(Type) of
        true -> {ok, A#{next := [{Type, Content} | N]}};
        false -> error
    end;
parse_action({reply, From, Reply}, _, A) ->
    reply(From, Reply),
    {ok, A};
parse_action(hibernate, _, A) -> {ok, A};
parse_action({hibernate, B}, _, A) when is_boolean(B) -> {ok, A};
parse_action(Time, _, A) when is_integer(Time), Time >= 0 ->
    {ok, A#{event_timeout := {Time, Time}}};
parse_action(infinity, _, A) ->
    {ok, A#{event_timeout := undefined}};
parse_action({timeout, Time, Content}, _, A) ->
    event_timeout(Time, Content, A);
parse_action({timeout, Time, Content, Opts}, _, A) when is_list(Opts) ->
    case Opts of
        [] -> event_timeout(Time, Content, A);
        _ -> error
    end;
parse_action({TType, Time, Content}, _, A) ->
    timer_action(TType, Time, Content, [], A);
parse_action({TType, Time, Content, Opts}, _, A) when is_list(Opts) ->
    timer_action(TType, Time, Content, Opts, A);
parse_action({TType, cancel}, _, A) ->
    timer_action(TType, cancel, undefined, [], A);
parse_action(_, _, _) ->
    error.

event_timeout(cancel, _Content, A) -> {ok, A#{event_timeout := undefined}};
event_timeout(infinity, _Content, A) -> {ok, A#{event_timeout := undefined}};
event_timeout(Time, Content, A) when is_integer(Time), Time >= 0 ->
    {ok, A#{event_timeout := {Time, Content}}};
event_timeout(_, _, _) -> error.

timer_action(TType, Time, Content, Opts, #{timeouts := Ts} = A) ->
    case is_timer_type(TType) andalso valid_time(Time) andalso
        (Opts =:= [] orelse Opts =:= [{abs, false}]) of
        true -> {ok, A#{timeouts := [{TType, Time, Content} | Ts]}};
        false -> error
    end.

is_timer_type(state_timeout) -> true;
is_timer_type({timeout, _}) -> true;
is_timer_type(_) -> false.

valid_time(infinity) -> true;
valid_time(cancel) -> true;
valid_time(update) -> true;
valid_time(T) when is_integer(T), T >= 0 -> true;
valid_time(_) -> false.

valid_event_type({call, {Pid, _}}) when is_pid(Pid) -> true;
valid_event_type(T) ->
    lists:member(T, [cast, info, internal, timeout, state_timeout]) orelse
        (is_tuple(T) andalso tuple_size(T) =:= 2 andalso element(1, T) =:= timeout).

%% Starts, restarts, updates or cancels the timers; zero timeouts become
%% events at once (returned, newest first).
set_timeouts([], St, Zero) ->
    {St, Zero};
set_timeouts([{TType, cancel, _} | T], St, Zero) ->
    set_timeouts(T, cancel_timer(TType, St), drop_zero(TType, Zero));
set_timeouts([{TType, update, Content} | T], St, Zero) ->
    case maps:find(TType, St#st.timers) of
        {ok, {TRef, _}} ->
            set_timeouts(T, St#st{timers = maps:put(TType, {TRef, Content}, St#st.timers)}, Zero);
        error ->
            %% updating a timer that is not running: a zero timeout
            set_timeouts(T, St, [{event_type(TType), Content} | drop_zero(TType, Zero)])
    end;
set_timeouts([{TType, infinity, _} | T], St, Zero) ->
    set_timeouts(T, cancel_timer(TType, St), drop_zero(TType, Zero));
set_timeouts([{TType, 0, Content} | T], St, Zero) ->
    St1 = cancel_timer(TType, St),
    set_timeouts(T, St1, [{event_type(TType), Content} | drop_zero(TType, Zero)]);
set_timeouts([{TType, Time, Content} | T], St, Zero) ->
    St1 = cancel_timer(TType, St),
    TRef = erlang:start_timer(Time, self(), TType),
    set_timeouts(T, St1#st{timers = maps:put(TType, {TRef, Content}, St1#st.timers)},
                 drop_zero(TType, Zero)).

event_type(state_timeout) -> state_timeout;
event_type({timeout, _} = T) -> T.

drop_zero(TType, Zero) ->
    ET = event_type(TType),
    [E || {Type, _} = E <- Zero, Type =/= ET].

cancel_timer(TType, #st{timers = Timers} = St) ->
    case maps:find(TType, Timers) of
        {ok, {TRef, _}} ->
            _ = erlang:cancel_timer(TRef),
            receive {timeout, TRef, _} -> ok after 0 -> ok end,
            St#st{timers = maps:remove(TType, Timers)};
        error ->
            %% a zero timeout of this type already queued is dropped too
            ET = event_type(TType),
            St#st{queue = [E || {Type, _} = E <- St#st.queue, Type =/= ET]}
    end.

%% ---- ending ----

terminate(Class, Reason, Stack, #st{mod = Mod, state = State, data = Data} = St) ->
    ExitReason = reason(Class, Reason, Stack),
    Res = case erlang:function_exported(Mod, terminate, 3) of
              true ->
                  try {ok, Mod:terminate(ExitReason, State, Data)}
                  catch
                      throw:R -> {ok, R};
                      C:R:S -> {'EXIT', C, R, S}
                  end;
              false ->
                  {ok, ok}
          end,
    case Res of
        {'EXIT', C2, R2, S2} ->
            error_info(reason(C2, R2, S2), St),
            erlang:raise(C2, R2, S2);
        _ ->
            case ExitReason of
                normal -> exit(normal);
                shutdown -> exit(shutdown);
                {shutdown, _} -> exit(ExitReason);
                _ ->
                    error_info(ExitReason, St),
                    erlang:raise(Class, Reason, Stack)
            end
    end.

error_info(Reason, #st{name = Name, state = State, data = Data, queue = Q,
                       postponed = P}) ->
    catch logger:log(error,
                     #{label => {gen_statem, terminate}, name => Name,
                       queue => Q, postponed => P, state => {State, Data},
                       reason => Reason},
                     #{domain => [otp], error_logger => #{tag => error}}),
    ok.

%% ---- sys callbacks ----

system_continue(Parent, Debug, St) ->
    loop(St#st{parent = Parent, debug = Debug}, undefined).

system_terminate(Reason, _Parent, _Debug, St) ->
    terminate(exit, Reason, [], St).

system_get_state(#st{state = State, data = Data}) ->
    {ok, {State, Data}}.

system_replace_state(StateFun, #st{state = State, data = Data} = St) ->
    {NState, NData} = Result = StateFun({State, Data}),
    {ok, Result, St#st{state = NState, data = NData}}.

system_code_change(#st{mod = Mod, state = State, data = Data} = St, _Module, OldVsn, Extra) ->
    case catch Mod:code_change(OldVsn, State, Data, Extra) of
        {ok, NState, NData} -> {ok, St#st{state = NState, data = NData}};
        Error -> Error
    end.

format_status(_Opt, [_PDict, SysState, Parent, Debug, #st{name = Name} = St]) ->
    Header = lists:concat(["Status for state machine ", gen:name_text(Name)]),
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent}, {"Logged Events", Debug},
             {"Postponed", St#st.postponed}]},
     {data, [{"State", {St#st.state, St#st.data}}]}].

