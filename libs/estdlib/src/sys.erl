%% The `sys' module of the atomvm-rs standard library: system messages
%% to special processes (gen_server, gen_statem, gen_event, supervisor,
%% or any process that handles {system, From, Request} with
%% handle_system_msg/6). Written for this project from OTP's
%% documentation and experiments against OTP 25/27/29.
%%
%% Provided: get_state, replace_state, get_status, suspend, resume,
%% terminate, change_code, handle_system_msg/6. Debug options (trace,
%% log, statistics, install) are accepted and have no effect:
%% debug_options/1 returns [] and the debug calls answer ok.
-module(sys).

-export([get_state/1, get_state/2, replace_state/2, replace_state/3,
         get_status/1, get_status/2, suspend/1, suspend/2, resume/1,
         resume/2, terminate/2, terminate/3, change_code/4, change_code/5,
         handle_system_msg/6, debug_options/1, trace/2, trace/3, log/2,
         log/3, statistics/2, statistics/3, no_debug/1, no_debug/2,
         handle_debug/4]).

-define(TIMEOUT, 5000).

get_state(Name) -> result(send_system_msg(Name, get_state)).
get_state(Name, Timeout) -> result(send_system_msg(Name, get_state, Timeout)).

replace_state(Name, StateFun) ->
    result(send_system_msg(Name, {replace_state, StateFun})).
replace_state(Name, StateFun, Timeout) ->
    result(send_system_msg(Name, {replace_state, StateFun}, Timeout)).

result({error, Reason}) -> erlang:error(Reason);
result(Res) -> Res.

get_status(Name) -> send_system_msg(Name, get_status).
get_status(Name, Timeout) -> send_system_msg(Name, get_status, Timeout).

suspend(Name) -> send_system_msg(Name, suspend).
suspend(Name, Timeout) -> send_system_msg(Name, suspend, Timeout).

resume(Name) -> send_system_msg(Name, resume).
resume(Name, Timeout) -> send_system_msg(Name, resume, Timeout).

terminate(Name, Reason) -> send_system_msg(Name, {terminate, Reason}).
terminate(Name, Reason, Timeout) ->
    send_system_msg(Name, {terminate, Reason}, Timeout).

change_code(Name, Mod, Vsn, Extra) ->
    send_system_msg(Name, {change_code, Mod, Vsn, Extra}).
change_code(Name, Mod, Vsn, Extra, Timeout) ->
    send_system_msg(Name, {change_code, Mod, Vsn, Extra}, Timeout).

trace(Name, Flag) -> send_system_msg(Name, {debug, {trace, Flag}}).
trace(Name, Flag, Timeout) -> send_system_msg(Name, {debug, {trace, Flag}}, Timeout).
log(Name, Flag) -> send_system_msg(Name, {debug, {log, Flag}}).
log(Name, Flag, Timeout) -> send_system_msg(Name, {debug, {log, Flag}}, Timeout).
statistics(Name, Flag) -> send_system_msg(Name, {debug, {statistics, Flag}}).
statistics(Name, Flag, Timeout) ->
    send_system_msg(Name, {debug, {statistics, Flag}}, Timeout).
no_debug(Name) -> send_system_msg(Name, {debug, no_debug}).
no_debug(Name, Timeout) -> send_system_msg(Name, {debug, no_debug}, Timeout).

send_system_msg(Name, Request) ->
    case catch gen:call(Name, system, Request) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, mfa(Name, Request)})
    end.

send_system_msg(Name, Request, Timeout) ->
    case catch gen:call(Name, system, Request, Timeout) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, mfa(Name, Request, Timeout)})
    end.

mfa(Name, {debug, {Func, Arg}}) -> {sys, Func, [Name, Arg]};
mfa(Name, {debug, Func}) -> {sys, Func, [Name]};
mfa(Name, {change_code, Mod, Vsn, Extra}) -> {sys, change_code, [Name, Mod, Vsn, Extra]};
mfa(Name, {terminate, Reason}) -> {sys, terminate, [Name, Reason]};
mfa(Name, {replace_state, Fun}) -> {sys, replace_state, [Name, Fun]};
mfa(Name, Atom) -> {sys, Atom, [Name]}.

mfa(Name, Req, Timeout) ->
    {sys, F, Args} = mfa(Name, Req),
    {sys, F, Args ++ [Timeout]}.

%% Debug options have no effect here.
debug_options(_Options) -> [].

handle_debug(Debug, _FormFunc, _Extra, _Event) -> Debug.

%% Called by a special process that received {system, From, Msg}.
%% Never returns: continues with Mod:system_continue/3, or ends with
%% Mod:system_terminate/4.
handle_system_msg(Msg, From, Parent, Mod, Debug, Misc) ->
    handle_system_msg(running, Msg, From, Parent, Mod, Debug, Misc).

handle_system_msg(SysState, Msg, From, Parent, Mod, Debug, Misc) ->
    case do_cmd(SysState, Msg, Parent, Mod, Debug, Misc) of
        {suspended, Reply, NDebug, NMisc} ->
            gen:reply(From, Reply),
            suspend_loop(suspended, Parent, Mod, NDebug, NMisc);
        {running, Reply, NDebug, NMisc} ->
            gen:reply(From, Reply),
            Mod:system_continue(Parent, NDebug, NMisc);
        {{terminating, Reason}, NDebug, NMisc} ->
            Mod:system_terminate(Reason, Parent, NDebug, NMisc)
    end.

suspend_loop(SysState, Parent, Mod, Debug, Misc) ->
    receive
        {system, From, Msg} ->
            handle_system_msg(SysState, Msg, From, Parent, Mod, Debug, Misc);
        {'EXIT', Parent, Reason} ->
            Mod:system_terminate(Reason, Parent, Debug, Misc)
    end.

do_cmd(_, suspend, _Parent, _Mod, Debug, Misc) ->
    {suspended, ok, Debug, Misc};
do_cmd(_, resume, _Parent, _Mod, Debug, Misc) ->
    {running, ok, Debug, Misc};
do_cmd(SysState, get_state, _Parent, Mod, Debug, Misc) ->
    {SysState, do_get_state(Mod, Misc), Debug, Misc};
do_cmd(SysState, {replace_state, StateFun}, _Parent, Mod, Debug, Misc) ->
    {Res, NMisc} = do_replace_state(StateFun, Mod, Misc),
    {SysState, Res, Debug, NMisc};
do_cmd(SysState, get_status, Parent, Mod, Debug, Misc) ->
    {SysState, get_status(SysState, Parent, Mod, Debug, Misc), Debug, Misc};
do_cmd(_SysState, {terminate, Reason}, _Parent, _Mod, Debug, Misc) ->
    {{terminating, Reason}, Debug, Misc};
do_cmd(suspended, {change_code, Module, Vsn, Extra}, _Parent, Mod, Debug, Misc) ->
    case catch Mod:system_code_change(Misc, Module, Vsn, Extra) of
        {ok, NMisc} -> {suspended, ok, Debug, NMisc};
        Else -> {suspended, Else, Debug, Misc}
    end;
do_cmd(SysState, {debug, _What}, _Parent, _Mod, Debug, Misc) ->
    {SysState, ok, Debug, Misc};
do_cmd(SysState, Other, _Parent, _Mod, Debug, Misc) ->
    {SysState, {error, {unknown_system_msg, Other}}, Debug, Misc}.

do_get_state(Mod, Misc) ->
    case erlang:function_exported(Mod, system_get_state, 1) of
        true ->
            try Mod:system_get_state(Misc) of
                {ok, State} -> State;
                Other -> {error, {callback_failed, {Mod, system_get_state}, {error, {bad_return_value, Other}}}}
            catch
                Cl:Exc -> {error, {callback_failed, {Mod, system_get_state}, {Cl, Exc}}}
            end;
        false ->
            Misc
    end.

do_replace_state(StateFun, Mod, Misc) ->
    case erlang:function_exported(Mod, system_replace_state, 2) of
        true ->
            try Mod:system_replace_state(StateFun, Misc) of
                {ok, State, NMisc} -> {State, NMisc}
            catch
                Cl:Exc ->
                    {{error, {callback_failed, {Mod, system_replace_state}, {Cl, Exc}}}, Misc}
            end;
        false ->
            try StateFun(Misc) of
                NMisc -> {NMisc, NMisc}
            catch
                Cl:Exc ->
                    {{error, {callback_failed, StateFun, {Cl, Exc}}}, Misc}
            end
    end.

get_status(SysState, Parent, Mod, Debug, Misc) ->
    PDict = get(),
    FmtMisc = case erlang:function_exported(Mod, format_status, 2) of
                  true -> Mod:format_status(normal, [PDict, SysState, Parent, Debug, Misc]);
                  false -> Misc
              end,
    {status, self(), {module, Mod}, [PDict, SysState, Parent, Debug, FmtMisc]}.
