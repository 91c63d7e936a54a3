%% The `gen' module of the atomvm-rs standard library: what gen_server,
%% gen_statem and gen_event share. Starting a process synchronously
%% (with name registration), the call protocol with its monitor and
%% timeout, and replying. Written for this project from OTP's
%% documentation and experiments against OTP 25/27/29.
%%
%% Names: {local, Atom} and {via, Module, Term} are supported; {global, _}
%% raises error({unsupported, global_names}) because the VM is a single
%% node without the global name server.
-module(gen).

-export([start/5, start/6, init_it/6, init_it/7, call/3, call/4,
         reply/2, send_request/3, name/1, unregister_name/1,
         get_parent/0, name_to_pid/1, where/1, format_name/1, name_text/1]).

-define(DEFAULT_TIMEOUT, 5000).

%% start(GenMod, LinkP, [Name,] Mod, Args, Options)
%% LinkP: link | monitor | nolink.
start(GenMod, LinkP, Mod, Args, Options) ->
    do_spawn(GenMod, LinkP, self, Mod, Args, Options).

start(GenMod, LinkP, Name, Mod, Args, Options) ->
    check_name(Name),
    case where(Name) of
        undefined ->
            do_spawn(GenMod, LinkP, Name, Mod, Args, Options);
        Pid ->
            {error, {already_started, Pid}}
    end.

check_name({local, N}) when is_atom(N) -> ok;
check_name({via, M, _}) when is_atom(M) -> ok;
check_name({global, _}) -> erlang:error({unsupported, global_names});
check_name(Name) -> erlang:error(badarg, [Name]).

do_spawn(GenMod, LinkP, Name, Mod, Args, Options) ->
    Time = timeout_opt(Options),
    SpawnOpts = spawn_opts(Options),
    Parent = case LinkP of
                 link -> self();
                 _ -> self
             end,
    InitArgs = [gen, init_it, [GenMod, self(), Parent, Name, Mod, Args, Options]],
    case LinkP of
        link ->
            apply(proc_lib, start_link, InitArgs ++ [Time, SpawnOpts]);
        monitor ->
            apply(proc_lib, start_monitor, InitArgs ++ [Time, SpawnOpts]);
        nolink ->
            apply(proc_lib, start, InitArgs ++ [Time, SpawnOpts])
    end.

timeout_opt(Options) ->
    case lists:keyfind(timeout, 1, Options) of
        {timeout, T} -> T;
        false -> infinity
    end.

spawn_opts(Options) ->
    case lists:keyfind(spawn_opt, 1, Options) of
        {spawn_opt, Opts} -> Opts;
        false -> []
    end.

%% Runs in the new process (started by proc_lib): registers the name,
%% then hands over to GenMod:init_it/6.
init_it(GenMod, Starter, Parent, Mod, Args, Options) ->
    init_it2(GenMod, Starter, Parent, self(), Mod, Args, Options).

init_it(GenMod, Starter, Parent, self, Mod, Args, Options) ->
    init_it2(GenMod, Starter, Parent, self(), Mod, Args, Options);
init_it(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    case register_name(Name) of
        true ->
            init_it2(GenMod, Starter, Parent, Name, Mod, Args, Options);
        {false, Pid} ->
            proc_lib:init_fail(Starter, {error, {already_started, Pid}},
                               {exit, normal})
    end.

init_it2(GenMod, Starter, self, Name, Mod, Args, Options) ->
    GenMod:init_it(Starter, self(), Name, Mod, Args, Options);
init_it2(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    GenMod:init_it(Starter, Parent, Name, Mod, Args, Options).

register_name({local, Name}) ->
    try register(Name, self()) of
        true -> true
    catch
        error:_ -> {false, whereis(Name)}
    end;
register_name({via, Mod, Name}) ->
    case Mod:register_name(Name, self()) of
        yes -> true;
        no -> {false, Mod:whereis_name(Name)}
    end.

unregister_name({local, Name}) ->
    try unregister(Name) of _ -> ok catch _:_ -> ok end;
unregister_name({via, Mod, Name}) ->
    _ = Mod:unregister_name(Name),
    ok;
unregister_name(Pid) when is_pid(Pid) ->
    ok.

%% The name a process reports itself by (its registered name or pid).
name({local, Name}) -> Name;
name({via, _, Name}) -> Name;
name(Pid) when is_pid(Pid) -> Pid.

format_name(Name) -> name(Name).

%% A process name for sys:get_status headers: a pid as text, else as it is.
name_text(Name) when is_pid(Name) -> pid_to_list(Name);
name_text(Name) -> Name.

where({local, Name}) -> whereis(Name);
where({via, Mod, Name}) ->
    case Mod:whereis_name(Name) of
        Pid when is_pid(Pid) -> Pid;
        _ -> undefined
    end;
where({global, _}) -> erlang:error({unsupported, global_names}).

name_to_pid(Name) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> exit(noproc);
        Pid -> Pid
    end;
name_to_pid(Pid) when is_pid(Pid) -> Pid.

%% The parent: the first of '$ancestors' (set by proc_lib).
get_parent() ->
    case get('$ancestors') of
        [Parent | _] when is_pid(Parent) -> Parent;
        [Parent | _] when is_atom(Parent) -> name_to_pid(Parent);
        _ -> exit(process_was_not_started_by_proc_lib)
    end.

%% call(Process, Label, Request[, Timeout]) -> {ok, Reply}, or exits with
%% noproc, timeout, or the reason the server went down with.
call(Process, Label, Request) ->
    call(Process, Label, Request, ?DEFAULT_TIMEOUT).

call(Process, Label, Request, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    Target = case Process of
                 Pid when is_pid(Pid) -> Pid;
                 Name when is_atom(Name) -> Name;
                 {local, Name} when is_atom(Name) -> Name;
                 {via, Mod, Name} ->
                     case Mod:whereis_name(Name) of
                         P when is_pid(P) -> P;
                         _ -> exit(noproc)
                     end;
                 {global, _} -> erlang:error({unsupported, global_names});
                 {Name, Node} when is_atom(Name), Node =:= node() -> Name;
                 {Name, _Node} when is_atom(Name) -> exit({nodedown, _Node});
                 _ -> exit(noproc)
             end,
    do_call(Target, Label, Request, Timeout).

do_call(Target, Label, Request, Timeout) ->
    case is_atom(Target) andalso whereis(Target) =:= undefined of
        true -> exit(noproc);
        false -> ok
    end,
    Mref = erlang:monitor(process, Target),
    erlang:send(Target, {Label, {self(), Mref}, Request}),
    receive
        {Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, noconnection} ->
            exit({nodedown, node()});
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    after Timeout ->
            erlang:demonitor(Mref, [flush]),
            exit(timeout)
    end.

%% An asynchronous request: returns the request id (the monitor).
send_request(Process, Label, Request) ->
    Target = case Process of
                 {local, N} -> N;
                 _ -> Process
             end,
    Mref = erlang:monitor(process, Target),
    _ = (catch erlang:send(Target, {Label, {self(), Mref}, Request})),
    Mref.

reply({To, Tag}, Reply) when is_pid(To) ->
    Msg = {Tag, Reply},
    try erlang:send(To, Msg) of _ -> ok catch _:_ -> ok end.
