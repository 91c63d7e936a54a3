%% The `gen_server' behaviour of the atomvm-rs standard library.
%% Written for this project from OTP's documentation and experiments
%% against OTP 25/27/29: the callback protocol (init/1 with timeouts,
%% hibernate, {continue, _}, ignore, {stop, _}, {error, _}; handle_call/3,
%% handle_cast/2, handle_info/2, handle_continue/2, terminate/2,
%% code_change/3, format_status), the exit reasons callers see
%% ({Reason, {gen_server, call, Args}}), stop/1,3 through sys, and
%% enter_loop/3,4,5.
%%
%% Differences from OTP: hibernate only garbage-collects (the VM has no
%% hibernation); sys debug options (trace, log, statistics) are accepted
%% and ignored; {global, Name} is not supported (see gen); multi_call and
%% abcast to other nodes are not provided.
-module(gen_server).

-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3,
         start_monitor/4, call/2, call/3, cast/2, reply/2, stop/1, stop/3,
         enter_loop/3, enter_loop/4, enter_loop/5, send_request/2,
         wait_response/2, receive_response/2, check_response/2,
         abcast/2, init_it/6, system_continue/3, system_terminate/4,
         system_get_state/1, system_replace_state/2, system_code_change/4,
         format_status/2]).

-callback init(Args :: term()) -> term().
-callback handle_call(Request :: term(), From :: {pid(), term()}, State :: term()) -> term().
-callback handle_cast(Request :: term(), State :: term()) -> term().
-optional_callbacks([handle_info/2, handle_continue/2, terminate/2,
                     code_change/3, format_status/1, format_status/2]).
-callback handle_info(Info :: term(), State :: term()) -> term().
-callback handle_continue(Info :: term(), State :: term()) -> term().
-callback terminate(Reason :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Extra :: term()) -> term().
-callback format_status(Status :: map()) -> map().
-callback format_status(Opt :: normal | terminate, Status :: list()) -> term().

%% The server's loop state.
-record(st, {parent, name, mod, state, hib_after = infinity, debug = []}).

%% ---- starting ----

start(Mod, Args, Options) ->
    gen:start(?MODULE, nolink, Mod, Args, Options).
start(Name, Mod, Args, Options) ->
    gen:start(?MODULE, nolink, Name, Mod, Args, Options).
start_link(Mod, Args, Options) ->
    gen:start(?MODULE, link, Mod, Args, Options).
start_link(Name, Mod, Args, Options) ->
    gen:start(?MODULE, link, Name, Mod, Args, Options).
start_monitor(Mod, Args, Options) ->
    gen:start(?MODULE, monitor, Mod, Args, Options).
start_monitor(Name, Mod, Args, Options) ->
    gen:start(?MODULE, monitor, Name, Mod, Args, Options).

%% ---- the client side ----

call(ServerRef, Request) ->
    case catch gen:call(ServerRef, '$gen_call', Request) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, {?MODULE, call, [ServerRef, Request]}})
    end.

call(ServerRef, Request, Timeout) ->
    case catch gen:call(ServerRef, '$gen_call', Request, Timeout) of
        {ok, Res} -> Res;
        {'EXIT', Reason} ->
            exit({Reason, {?MODULE, call, [ServerRef, Request, Timeout]}})
    end.

cast(Dest, Request) ->
    send(Dest, {'$gen_cast', Request}),
    ok.

abcast(Name, Request) when is_atom(Name) ->
    send(Name, {'$gen_cast', Request}),
    abcast.

send({global, _}, _Msg) ->
    erlang:error({unsupported, global_names});
send({via, Mod, Name}, Msg) ->
    catch Mod:send(Name, Msg);
send({Name, Node}, Msg) when is_atom(Name), is_atom(Node) ->
    send(Name, Msg);
send(Dest, Msg) when is_atom(Dest); is_pid(Dest) ->
    catch erlang:send(Dest, Msg).

reply(From, Reply) ->
    gen:reply(From, Reply).

send_request(ServerRef, Request) ->
    gen:send_request(ServerRef, '$gen_call', Request).

wait_response(ReqId, Timeout) ->
    receive
        {ReqId, Reply} ->
            erlang:demonitor(ReqId, [flush]),
            {reply, Reply};
        {'DOWN', ReqId, _, _, Reason} ->
            {error, {Reason, ReqId}}
    after Timeout ->
            timeout
    end.

receive_response(ReqId, Timeout) ->
    case wait_response(ReqId, Timeout) of
        timeout ->
            erlang:demonitor(ReqId, [flush]),
            timeout;
        R -> R
    end.

check_response({ReqId, Reply}, ReqId) when is_reference(ReqId) ->
    erlang:demonitor(ReqId, [flush]),
    {reply, Reply};
check_response({'DOWN', ReqId, _, _, Reason}, ReqId) ->
    {error, {Reason, ReqId}};
check_response(_, _) ->
    no_reply.

stop(ServerRef) ->
    proc_lib:stop(ServerRef).
stop(ServerRef, Reason, Timeout) ->
    proc_lib:stop(ServerRef, Reason, Timeout).

%% ---- entering the loop from a process started by proc_lib ----

enter_loop(Mod, Options, State) ->
    enter_loop(Mod, Options, State, self(), infinity).

enter_loop(Mod, Options, State, ServerName = {Scope, _})
  when Scope =:= local; Scope =:= global; Scope =:= via ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, Timeout) ->
    enter_loop(Mod, Options, State, self(), Timeout).

enter_loop(Mod, Options, State, ServerName, Timeout) ->
    Name = case ServerName of
               Pid when is_pid(Pid) -> Pid;
               _ ->
                   case gen:where(ServerName) of
                       Self when Self =:= self() -> gen:name(ServerName);
                       _ -> exit(process_not_registered)
                   end
           end,
    Parent = gen:get_parent(),
    St = #st{parent = Parent, name = Name, mod = Mod, state = State,
             hib_after = hib_after(Options)},
    loop(St, valid_timeout(Timeout)).

valid_timeout(T) ->
    case is_timeout(T) of
        true -> T;
        false -> erlang:error({bad_return_value, T})
    end.

hib_after(Options) ->
    case lists:keyfind(hibernate_after, 1, Options) of
        {_, T} when is_integer(T), T >= 0 -> T;
        _ -> infinity
    end.

%% ---- the server side ----

init_it(Starter, Parent, Name0, Mod, Args, Options) ->
    Name = gen:name(Name0),
    St = #st{parent = Parent, name = Name, mod = Mod,
             hib_after = hib_after(Options)},
    case init_callback(Mod, Args) of
        {ok, {ok, State}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(St#st{state = State}, infinity);
        {ok, {ok, State, TimeoutOrCont}} ->
            case is_timeout(TimeoutOrCont) of
                true ->
                    proc_lib:init_ack(Starter, {ok, self()}),
                    loop(St#st{state = State}, TimeoutOrCont);
                false ->
                    Error = {bad_return_value, {ok, State, TimeoutOrCont}},
                    init_failed(Name0, Starter, {error, Error}, {exit, Error})
            end;
        {ok, {stop, Reason}} ->
            init_failed(Name0, Starter, {error, Reason}, {exit, Reason});
        {ok, {error, _} = Error} ->
            init_failed(Name0, Starter, Error, {exit, normal});
        {ok, ignore} ->
            init_failed(Name0, Starter, ignore, {exit, normal});
        {ok, Else} ->
            Error = {bad_return_value, Else},
            init_failed(Name0, Starter, {error, Error}, {exit, Error});
        {'EXIT', Class, Reason, Stack} ->
            init_failed(Name0, Starter,
                        {error, terminate_reason(Class, Reason, Stack)},
                        {Class, Reason, Stack})
    end.

init_failed(Name0, Starter, Return, Exception) ->
    gen:unregister_name(Name0),
    proc_lib:init_fail(Starter, Return, Exception).

init_callback(Mod, Args) ->
    try {ok, Mod:init(Args)}
    catch
        throw:R -> {ok, R};
        Class:R:Stack -> {'EXIT', Class, R, Stack}
    end.

is_timeout(infinity) -> true;
is_timeout(hibernate) -> true;
is_timeout({continue, _}) -> true;
is_timeout(T) when is_integer(T), T >= 0 -> true;
is_timeout(_) -> false.

loop(St, {continue, Continue}) ->
    Reply = dispatch(St#st.mod, handle_continue, Continue, St#st.state),
    handle_common_reply(Reply, St, {continue, Continue});
loop(St, hibernate) ->
    erlang:garbage_collect(),
    loop(St, infinity);
loop(#st{hib_after = HibAfter} = St, infinity) when HibAfter =/= infinity ->
    receive
        Msg -> decode_msg(Msg, St, infinity)
    after HibAfter ->
            loop(St, hibernate)
    end;
loop(St, Time) ->
    receive
        Msg -> decode_msg(Msg, St, Time)
    after Time ->
            decode_msg(timeout, St, Time)
    end.

decode_msg({system, From, Req}, #st{parent = Parent, debug = Debug} = St, Time) ->
    sys:handle_system_msg(Req, From, Parent, ?MODULE, Debug, {St, Time});
decode_msg({'EXIT', Parent, Reason} = Msg, #st{parent = Parent} = St, _Time) ->
    terminate(exit, Reason, [], Msg, St);
decode_msg(Msg, St, _Time) ->
    handle_msg(Msg, St).

handle_msg({'$gen_call', From, Request} = Msg, #st{mod = Mod, state = State} = St) ->
    Result = try {ok, Mod:handle_call(Request, From, State)}
             catch
                 throw:R -> {ok, R};
                 Class:R:Stack -> {'EXIT', Class, R, Stack}
             end,
    case Result of
        {ok, {reply, Reply, NState}} ->
            reply(From, Reply),
            loop(St#st{state = NState}, infinity);
        {ok, {reply, Reply, NState, TimeoutOrCont} = Ret} ->
            case is_timeout(TimeoutOrCont) of
                true ->
                    reply(From, Reply),
                    loop(St#st{state = NState}, TimeoutOrCont);
                false ->
                    terminate(exit, {bad_return_value, Ret}, [], Msg, St)
            end;
        {ok, {stop, Reason, Reply, NState}} ->
            try
                terminate(exit, Reason, [], Msg, St#st{state = NState})
            after
                reply(From, Reply)
            end;
        Other ->
            handle_common_reply(Other, St, Msg)
    end;
handle_msg({'$gen_cast', Request} = Msg, #st{mod = Mod, state = State} = St) ->
    handle_common_reply(dispatch(Mod, handle_cast, Request, State), St, Msg);
handle_msg(Msg, #st{mod = Mod, state = State} = St) ->
    Reply = case erlang:function_exported(Mod, handle_info, 2) of
                true -> dispatch(Mod, handle_info, Msg, State);
                false -> {ok, {noreply, State}}
            end,
    handle_common_reply(Reply, St, Msg).

dispatch(Mod, Fun, Msg, State) ->
    try {ok, Mod:Fun(Msg, State)}
    catch
        throw:R -> {ok, R};
        Class:R:Stack -> {'EXIT', Class, R, Stack}
    end.

handle_common_reply(Reply, St, Msg) ->
    case Reply of
        {ok, {noreply, NState}} ->
            loop(St#st{state = NState}, infinity);
        {ok, {noreply, NState, TimeoutOrCont} = Ret} ->
            case is_timeout(TimeoutOrCont) of
                true -> loop(St#st{state = NState}, TimeoutOrCont);
                false -> terminate(exit, {bad_return_value, Ret}, [], Msg, St)
            end;
        {ok, {stop, Reason, NState}} ->
            terminate(exit, Reason, [], Msg, St#st{state = NState});
        {'EXIT', Class, Reason, Stack} ->
            terminate(Class, Reason, Stack, Msg, St);
        {ok, BadReply} ->
            terminate(exit, {bad_return_value, BadReply}, [], Msg, St)
    end.

terminate_reason(error, Reason, Stack) -> {Reason, Stack};
terminate_reason(exit, Reason, _Stack) -> Reason;
terminate_reason(throw, Reason, Stack) -> {{nocatch, Reason}, Stack}.

%% Calls Mod:terminate/2 (when exported), reports an abnormal end to the
%% logger, and ends the process with the reason.
terminate(Class, Reason, Stack, Msg, #st{mod = Mod, state = State} = St) ->
    ExitReason = terminate_reason(Class, Reason, Stack),
    Res = case erlang:function_exported(Mod, terminate, 2) of
              true ->
                  try {ok, Mod:terminate(ExitReason, State)}
                  catch
                      throw:R -> {ok, R};
                      C:R:S -> {'EXIT', C, R, S}
                  end;
              false ->
                  {ok, ok}
          end,
    case Res of
        {'EXIT', C2, R2, S2} ->
            error_info(terminate_reason(C2, R2, S2), Msg, St),
            erlang:raise(C2, R2, S2);
        _ ->
            case ExitReason of
                normal -> exit(normal);
                shutdown -> exit(shutdown);
                {shutdown, _} -> exit(ExitReason);
                _ ->
                    error_info(ExitReason, Msg, St),
                    erlang:raise(Class, Reason, Stack)
            end
    end.

error_info(Reason, Msg, #st{name = Name, state = State}) ->
    catch logger:log(error,
                     #{label => {gen_server, terminate}, name => Name,
                       last_message => Msg, state => State, reason => Reason},
                     #{domain => [otp], error_logger => #{tag => error}}),
    ok.

%% ---- sys callbacks ----

system_continue(Parent, Debug, {St, Time}) ->
    loop(St#st{parent = Parent, debug = Debug}, Time).

system_terminate(Reason, _Parent, _Debug, {St, _Time}) ->
    terminate(exit, Reason, [], [], St).

system_get_state({St, _Time}) ->
    {ok, St#st.state}.

system_replace_state(StateFun, {St, Time}) ->
    NState = StateFun(St#st.state),
    {ok, NState, {St#st{state = NState}, Time}}.

system_code_change({St, Time}, _Module, OldVsn, Extra) ->
    Mod = St#st.mod,
    case catch Mod:code_change(OldVsn, St#st.state, Extra) of
        {ok, NState} -> {ok, {St#st{state = NState}, Time}};
        Else -> Else
    end.

format_status(_Opt, [_PDict, SysState, Parent, Debug, {St, _Time}]) ->
    Header = lists:concat(["Status for generic server ", gen:name_text(St#st.name)]),
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent},
             {"Logged events", Debug}]},
     {data, [{"State", St#st.state}]}].

