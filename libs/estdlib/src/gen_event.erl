%% The `gen_event' behaviour of the atomvm-rs standard library: an event
%% manager process with handlers (Module or {Module, Id}). Written for
%% this project from OTP's documentation and experiments against OTP
%% 25/27/29.
%%
%% Provided: start/0,1,2, start_link/0,1,2, start_monitor, stop/1,3,
%% add_handler, add_sup_handler, notify, sync_notify, call/3,4,
%% delete_handler, swap_handler, swap_sup_handler, which_handlers, and
%% the handler callbacks init/1, handle_event/2, handle_call/2,
%% handle_info/2, terminate/2 with their documented results (ok,
%% hibernate, swap_handler, remove_handler). A handler that crashes or
%% returns a bad value is removed (terminate/2 gets {error, {'EXIT', R}}
%% or {error, Bad}) and the manager goes on.
-module(gen_event).

-export([start/0, start/1, start/2, start_link/0, start_link/1,
         start_link/2, start_monitor/0, start_monitor/1, start_monitor/2,
         stop/1, stop/3, add_handler/3, add_sup_handler/3, notify/2,
         sync_notify/2, call/3, call/4, delete_handler/3, swap_handler/3,
         swap_sup_handler/3, which_handlers/1, init_it/6,
         system_continue/3, system_terminate/4, system_get_state/1,
         system_replace_state/2, system_code_change/4, format_status/2]).

-callback init(term()) -> term().
-callback handle_event(term(), term()) -> term().
-callback handle_call(term(), term()) -> term().
-optional_callbacks([handle_info/2, terminate/2, code_change/3, format_status/1,
                     format_status/2]).
-callback handle_info(term(), term()) -> term().
-callback terminate(term(), term()) -> term().
-callback code_change(term(), term(), term()) -> term().
-callback format_status(map()) -> map().
-callback format_status(term(), list()) -> term().

%% A handler: its module, id (the Module or {Module, Id} it was added
%% as), state, and supervising pid (or false).
-record(h, {module, id, state, sup = false}).

-define(LABEL, '$gen_event').

%% ---- starting and stopping ----

start() -> gen:start(?MODULE, nolink, ?MODULE, [], []).
start(Name) when is_tuple(Name) -> gen:start(?MODULE, nolink, Name, ?MODULE, [], []);
start(Opts) when is_list(Opts) -> gen:start(?MODULE, nolink, ?MODULE, [], Opts).
start(Name, Opts) -> gen:start(?MODULE, nolink, Name, ?MODULE, [], Opts).
start_link() -> gen:start(?MODULE, link, ?MODULE, [], []).
start_link(Name) when is_tuple(Name) -> gen:start(?MODULE, link, Name, ?MODULE, [], []);
start_link(Opts) when is_list(Opts) -> gen:start(?MODULE, link, ?MODULE, [], Opts).
start_link(Name, Opts) -> gen:start(?MODULE, link, Name, ?MODULE, [], Opts).
start_monitor() -> gen:start(?MODULE, monitor, ?MODULE, [], []).
start_monitor(Name) when is_tuple(Name) -> gen:start(?MODULE, monitor, Name, ?MODULE, [], []);
start_monitor(Opts) when is_list(Opts) -> gen:start(?MODULE, monitor, ?MODULE, [], Opts).
start_monitor(Name, Opts) -> gen:start(?MODULE, monitor, Name, ?MODULE, [], Opts).

stop(M) -> proc_lib:stop(M).
stop(M, Reason, Timeout) -> proc_lib:stop(M, Reason, Timeout).

%% ---- the client side ----

notify(M, Event) -> send(M, {notify, Event}).

sync_notify(M, Event) -> rpc(M, {sync_notify, Event}).

add_handler(M, Handler, Args) -> rpc(M, {add_handler, Handler, Args}).

add_sup_handler(M, Handler, Args) -> rpc(M, {add_sup_handler, Handler, Args, self()}).

call(M, Handler, Query) -> call1(M, Handler, Query, 5000, [M, Handler, Query]).
call(M, Handler, Query, Timeout) ->
    call1(M, Handler, Query, Timeout, [M, Handler, Query, Timeout]).

delete_handler(M, Handler, Args) -> rpc(M, {delete_handler, Handler, Args}).

swap_handler(M, {H1, A1}, {H2, A2}) -> rpc(M, {swap_handler, H1, A1, H2, A2}).

swap_sup_handler(M, {H1, A1}, {H2, A2}) ->
    rpc(M, {swap_sup_handler, H1, A1, H2, A2, self()}).

which_handlers(M) -> rpc(M, which_handlers).

send(M, Msg) ->
    case M of
        {global, _} -> erlang:error({unsupported, global_names});
        {via, Mod, Name} -> catch Mod:send(Name, Msg);
        {Name, Node} when is_atom(Name), is_atom(Node) -> catch erlang:send(Name, Msg);
        _ -> catch erlang:send(M, Msg)
    end,
    ok.

%% Exits as gen:call does (noproc, ...), unwrapped, as on OTP.
rpc(M, Cmd) ->
    {ok, Reply} = gen:call(M, ?LABEL, Cmd, infinity),
    Reply.

call1(M, Handler, Query, Timeout, Args) ->
    case catch gen:call(M, ?LABEL, {call, Handler, Query}, Timeout) of
        {ok, Reply} -> Reply;
        {'EXIT', Reason} -> exit({Reason, {?MODULE, call, Args}})
    end.

%% ---- the manager ----

init_it(Starter, Parent, Name0, _Mod, _Args, _Opts) ->
    process_flag(trap_exit, true),
    Name = gen:name(Name0),
    proc_lib:init_ack(Starter, {ok, self()}),
    loop(Parent, Name, [], []).

%% Handlers: newest first.
loop(Parent, Name, Handlers, Debug) ->
    receive
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, Parent, ?MODULE, Debug, {Name, Handlers});
        {'EXIT', Parent, Reason} ->
            terminate_server(Reason, Handlers);
        {?LABEL, From, Cmd} ->
            {Reply, NHandlers} = handle_cmd(Cmd, Handlers),
            gen:reply(From, Reply),
            loop(Parent, Name, NHandlers, Debug);
        {notify, Event} ->
            loop(Parent, Name, notify_all(Handlers, handle_event, Event), Debug);
        {'EXIT', Pid, Reason} = Msg ->
            %% a supervising process of a handler ended: drop its handlers
            case [H || #h{sup = S} = H <- Handlers, S =:= Pid] of
                [] ->
                    loop(Parent, Name, notify_all(Handlers, handle_info, Msg), Debug);
                Sups ->
                    NHandlers = lists:foldl(
                                  fun(H, Acc) ->
                                          _ = call_terminate(H, {stop, Reason}),
                                          lists:delete(H, Acc)
                                  end, Handlers, Sups),
                    loop(Parent, Name, NHandlers, Debug)
            end;
        Other ->
            loop(Parent, Name, notify_all(Handlers, handle_info, Other), Debug)
    end.

handle_cmd({sync_notify, Event}, Handlers) ->
    {ok, notify_all(Handlers, handle_event, Event)};
handle_cmd({add_handler, Handler, Args}, Handlers) ->
    add(Handler, Args, false, Handlers);
handle_cmd({add_sup_handler, Handler, Args, Pid}, Handlers) ->
    link(Pid),
    add(Handler, Args, Pid, Handlers);
handle_cmd({delete_handler, Handler, Args}, Handlers) ->
    case find(Handler, Handlers) of
        {ok, H} ->
            Res = call_terminate(H, Args),
            {Res, lists:delete(H, Handlers)};
        error ->
            {{error, module_not_found}, Handlers}
    end;
handle_cmd({swap_handler, H1, A1, H2, A2}, Handlers) ->
    swap(H1, A1, H2, A2, false, Handlers);
handle_cmd({swap_sup_handler, H1, A1, H2, A2, Pid}, Handlers) ->
    link(Pid),
    swap(H1, A1, H2, A2, Pid, Handlers);
handle_cmd(which_handlers, Handlers) ->
    {[Id || #h{id = Id} <- Handlers], Handlers};
handle_cmd({call, Handler, Query}, Handlers) ->
    case find(Handler, Handlers) of
        {ok, #h{module = Mod, state = S} = H} ->
            try Mod:handle_call(Query, S) of
                {ok, Reply, NS} ->
                    {Reply, replace(H, H#h{state = NS}, Handlers)};
                {ok, Reply, NS, hibernate} ->
                    {Reply, replace(H, H#h{state = NS}, Handlers)};
                {remove_handler, Reply} ->
                    _ = call_terminate(H, remove_handler),
                    {Reply, lists:delete(H, Handlers)};
                {swap_handler, Reply, A1, NS, H2, A2} ->
                    {_, NHandlers} = do_swap(H#h{state = NS}, A1, H2, A2, H#h.sup, Handlers),
                    {Reply, NHandlers};
                Other ->
                    _ = call_terminate(H, {error, Other}),
                    {{error, Other}, lists:delete(H, Handlers)}
            catch
                throw:Reply ->
                    {Reply, Handlers};
                C:R:Stack ->
                    Reason = exit_reason(C, R, Stack),
                    _ = call_terminate(H, {error, {'EXIT', Reason}}),
                    {{error, {'EXIT', Reason}}, lists:delete(H, Handlers)}
            end;
        error ->
            {{error, bad_module}, Handlers}
    end.

exit_reason(error, R, Stack) -> {R, Stack};
exit_reason(exit, R, _) -> R;
exit_reason(throw, R, Stack) -> {{nocatch, R}, Stack}.

split(Handler) ->
    case Handler of
        {Mod, _Id} when is_atom(Mod) -> Mod;
        Mod when is_atom(Mod) -> Mod
    end.

find(Handler, Handlers) ->
    case [H || #h{id = Id} = H <- Handlers, Id =:= Handler] of
        [H | _] -> {ok, H};
        [] -> error
    end.

replace(Old, New, Handlers) ->
    [case H of Old -> New; _ -> H end || H <- Handlers].

%% The same handler may be added more than once (as on OTP).
add(Handler, Args, Sup, Handlers) ->
    case ok of
        ok ->
            Mod = split(Handler),
            try Mod:init(Args) of
                {ok, S} ->
                    {ok, [#h{module = Mod, id = Handler, state = S, sup = Sup} | Handlers]};
                {ok, S, hibernate} ->
                    {ok, [#h{module = Mod, id = Handler, state = S, sup = Sup} | Handlers]};
                Other ->
                    {Other, Handlers}
            catch
                throw:Other ->
                    {Other, Handlers};
                C:R:Stack ->
                    {{'EXIT', exit_reason(C, R, Stack)}, Handlers}
            end
    end.

swap(H1, A1, H2, A2, Sup, Handlers) ->
    case find(H1, Handlers) of
        {ok, H} ->
            do_swap(H, A1, H2, A2, Sup, Handlers);
        error ->
            %% the old handler is not there: the new one gets {Args2, error}
            add(H2, {A2, error}, Sup, Handlers)
    end.

do_swap(H, A1, H2, A2, Sup, Handlers) ->
    Res1 = call_terminate(H, A1),
    Rest = lists:delete(H, Handlers),
    add(H2, {A2, Res1}, Sup, Rest).

%% Calls Fun (handle_event or handle_info) of every handler, newest
%% first; removes the ones that crash or ask to go.
notify_all(Handlers, Fun, Event) ->
    lists:reverse(lists:foldl(fun(H, Acc) -> notify_one(H, Fun, Event, Acc) end,
                              [], Handlers)).

notify_one(#h{module = Mod, state = S} = H, Fun, Event, Acc) ->
    case Fun =:= handle_info andalso not erlang:function_exported(Mod, handle_info, 2) of
        true ->
            [H | Acc];
        false ->
            try Mod:Fun(Event, S) of
                {ok, NS} -> [H#h{state = NS} | Acc];
                {ok, NS, hibernate} -> [H#h{state = NS} | Acc];
                {swap_handler, A1, NS, H2, A2} ->
                    Res1 = call_terminate(H#h{state = NS}, A1),
                    case add(H2, {A2, Res1}, H#h.sup, []) of
                        {ok, [New]} -> [New | Acc];
                        _ -> Acc
                    end;
                remove_handler ->
                    _ = call_terminate(H, remove_handler),
                    Acc;
                Other ->
                    report(H, Event, {bad_return_value, Other}),
                    _ = call_terminate(H, {error, Other}),
                    Acc
            catch
                throw:NS2 ->
                    %% a thrown value is taken as the result
                    notify_thrown(H, NS2, Event, Acc);
                C:R:Stack ->
                    Reason = exit_reason(C, R, Stack),
                    report(H, Event, Reason),
                    _ = call_terminate(H, {error, {'EXIT', Reason}}),
                    Acc
            end
    end.

notify_thrown(H, {ok, NS}, _Event, Acc) -> [H#h{state = NS} | Acc];
notify_thrown(H, Other, Event, Acc) ->
    report(H, Event, {bad_return_value, Other}),
    _ = call_terminate(H, {error, Other}),
    Acc.

%% Handler:terminate(Arg, State) when exported; tells a supervising
%% process why the handler went, unless it was deleted on request.
call_terminate(#h{module = Mod, state = S, sup = Sup, id = Id}, Arg) ->
    Res = case erlang:function_exported(Mod, terminate, 2) of
              true -> catch Mod:terminate(Arg, S);
              false -> ok
          end,
    case Sup of
        false ->
            ok;
        Pid ->
            Why = case Arg of
                      {error, {'EXIT', R}} -> {'EXIT', R};
                      {error, _} = E -> E;
                      {stop, R} -> R;
                      _ -> normal
                  end,
            case Arg of
                _ when is_tuple(Arg), element(1, Arg) =:= error ->
                    Pid ! {gen_event_EXIT, Id, Why};
                {stop, _} ->
                    ok;
                _ ->
                    Pid ! {gen_event_EXIT, Id, Why}
            end
    end,
    Res.

report(#h{id = Id}, Event, Reason) ->
    catch logger:log(error, #{label => {gen_event, terminate}, handler => Id,
                              last_message => Event, reason => Reason},
                     #{domain => [otp], error_logger => #{tag => error}}),
    ok.

terminate_server(Reason, Handlers) ->
    _ = [call_terminate(H, stop) || H <- Handlers],
    exit(Reason).

%% ---- sys callbacks ----

system_continue(Parent, Debug, {Name, Handlers}) ->
    loop(Parent, Name, Handlers, Debug).

system_terminate(Reason, _Parent, _Debug, {_Name, Handlers}) ->
    terminate_server(Reason, Handlers).

system_get_state({_Name, Handlers}) ->
    {ok, [{Mod, sub_id(Id), S} || #h{module = Mod, id = Id, state = S} <- Handlers]}.

sub_id({_Mod, Id}) -> Id;
sub_id(_Mod) -> false.

system_replace_state(StateFun, {Name, Handlers}) ->
    New = [begin
               {_, _, NS} = StateFun({Mod, sub_id(Id), S}),
               H#h{state = NS}
           end || #h{module = Mod, id = Id, state = S} = H <- Handlers],
    {ok, [{Mod, sub_id(Id), S} || #h{module = Mod, id = Id, state = S} <- New], {Name, New}}.

system_code_change(Misc, _Module, _OldVsn, _Extra) ->
    {ok, Misc}.

format_status(_Opt, [_PDict, SysState, Parent, _Debug, {Name, Handlers}]) ->
    [{header, lists:concat(["Status for event handler ", gen:name_text(Name)])},
     {data, [{"Status", SysState}, {"Parent", Parent}]},
     {items, {"Installed handlers", [Id || #h{id = Id} <- Handlers]}}].

