%% The `proc_lib' module of the atomvm-rs standard library: processes
%% that know their ancestors and initial call, synchronous starts with
%% init_ack/init_fail, and crash reports (sent to the logger as error
%% events with the label {proc_lib, crash}). Written for this project
%% from OTP's documentation and experiments against OTP 25/27/29.
%%
%% The synchronous starts follow OTP 26+: the starter monitors the new
%% process, and when the start fails the link's 'EXIT' message is
%% removed from the starter's mailbox.
%%
%% Not provided: hibernate/3 resumes at once (the VM does not
%% hibernate), spawn on other nodes.
-module(proc_lib).

-export([spawn/1, spawn/3, spawn_link/1, spawn_link/3, spawn_opt/2,
         spawn_opt/4, start/3, start/4, start/5, start_link/3,
         start_link/4, start_link/5, start_monitor/3, start_monitor/4,
         start_monitor/5, init_ack/1, init_ack/2, init_fail/2,
         init_fail/3, init_p/3, init_p/5, initial_call/1,
         translate_initial_call/1, stop/1, stop/3, hibernate/3,
         format/1, format/2, report_cb/2, crash_report_info/4]).

%% ---- spawning ----

spawn(F) when is_function(F) ->
    erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_link(F) when is_function(F) ->
    erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn_link(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_opt(F, Opts) when is_function(F), is_list(Opts) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), F], Opts).

spawn_opt(M, F, A, Opts) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), M, F, A], Opts).

%% The caller's own ancestors (a child's are its parent's name or pid,
%% then these).
ancestors() ->
    case get('$ancestors') of
        L when is_list(L) -> L;
        _ -> []
    end.

my_name() ->
    case erlang:process_info(self(), registered_name) of
        {registered_name, Name} when is_atom(Name) -> Name;
        _ -> self()
    end.

init_p(Parent, Ancestors, F) when is_function(F) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', fun_mfa(F)),
    try F() catch Class:Reason:Stack -> exit_p(Class, Reason, Stack) end.

init_p(Parent, Ancestors, M, F, A) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', trans_init(M, F, A)),
    try apply(M, F, A) catch Class:Reason:Stack -> exit_p(Class, Reason, Stack) end.

fun_mfa(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    {M, N, A}.

trans_init(gen, init_it, [gen_server, _, _, supervisor, {_, Module, _}, _]) ->
    {supervisor, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, _, supervisor, {_, Module, _}, _]) ->
    {supervisor, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, Module, _, _]) when is_atom(Module) ->
    {Module, init, 1};
trans_init(gen, init_it, [gen_server, _, _, _, Module | _]) when is_atom(Module) ->
    {Module, init, 1};
trans_init(gen, init_it, [gen_statem, _, _, Module, _, _]) when is_atom(Module) ->
    {Module, init, 1};
trans_init(gen, init_it, [gen_statem, _, _, _, Module | _]) when is_atom(Module) ->
    {Module, init, 1};
trans_init(gen, init_it, [gen_event | _]) ->
    {gen_event, init_it, 6};
trans_init(M, F, A) when is_list(A) ->
    {M, F, length(A)}.

%% The process ends: a crash report unless the reason is a normal one,
%% then exit with the reason a link would see.
exit_p(Class, Reason, Stack) ->
    case Class of
        exit when Reason =:= normal; Reason =:= shutdown -> ok;
        exit when element(1, Reason) =:= shutdown, tuple_size(Reason) =:= 2 -> ok;
        _ -> crash_report(Class, Reason, Stack)
    end,
    exit(exit_reason(Class, Reason, Stack)).

exit_reason(error, Reason, Stack) -> {Reason, Stack};
exit_reason(exit, Reason, _Stack) -> Reason;
exit_reason(throw, Reason, Stack) -> {{nocatch, Reason}, Stack}.

crash_report(Class, Reason, Stack) ->
    Report = crash_report_info(Class, Reason, Stack, self()),
    catch logger:log(error, #{label => {proc_lib, crash}, report => Report},
                     #{domain => [otp, sasl], report_cb => fun proc_lib:report_cb/2,
                       error_logger => #{tag => error_report, type => crash_report}}),
    ok.

%% [OwnInfo, Neighbours] as in OTP's crash reports (neighbours are not
%% examined: always []).
crash_report_info(Class, Reason, Stack, Pid) ->
    Info = fun(Key) ->
                   case catch erlang:process_info(Pid, Key) of
                       {Key, V} -> V;
                       _ -> undefined
                   end
           end,
    Name = case Info(registered_name) of
               N when is_atom(N), N =/= undefined -> N;
               _ -> []
           end,
    Dict = case Info(dictionary) of
               D when is_list(D) -> D;
               _ -> []
           end,
    Initial = case lists:keyfind('$initial_call', 1, Dict) of
                  {_, IC} -> IC;
                  false -> undefined
              end,
    Ancestors = case lists:keyfind('$ancestors', 1, Dict) of
                    {_, As} -> As;
                    false -> []
                end,
    Own = [{initial_call, Initial},
           {pid, Pid},
           {registered_name, Name},
           {error_info, {Class, Reason, Stack}},
           {ancestors, Ancestors},
           {message_queue_len, Info(message_queue_len)},
           {messages, Info(messages)},
           {links, Info(links)},
           {dictionary, [KV || {K, _} = KV <- Dict,
                               K =/= '$initial_call', K =/= '$ancestors']},
           {trap_exit, Info(trap_exit)},
           {status, Info(status)},
           {heap_size, Info(heap_size)}],
    [Own, []].

%% ---- synchronous starts ----

start(M, F, A) -> start(M, F, A, infinity, []).
start(M, F, A, Timeout) -> start(M, F, A, Timeout, []).
start(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    no_monitor_opt(SpawnOpts),
    sync_start(?MODULE:spawn_opt(M, F, A, [monitor | SpawnOpts]), Timeout).

start_link(M, F, A) -> start_link(M, F, A, infinity, []).
start_link(M, F, A, Timeout) -> start_link(M, F, A, Timeout, []).
start_link(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    no_monitor_opt(SpawnOpts),
    sync_start(?MODULE:spawn_opt(M, F, A, [link, monitor | SpawnOpts]), Timeout).

start_monitor(M, F, A) -> start_monitor(M, F, A, infinity, []).
start_monitor(M, F, A, Timeout) -> start_monitor(M, F, A, Timeout, []).
start_monitor(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    no_monitor_opt(SpawnOpts),
    {Pid, Ref} = ?MODULE:spawn_opt(M, F, A, [monitor | SpawnOpts]),
    receive
        {ack, Pid, Return} ->
            {Return, Ref};
        {nack, Pid, Return} ->
            flush_exit(Pid),
            {Return, Ref};
        {'DOWN', Ref, process, Pid, Reason} = Down ->
            self() ! Down,
            {{error, Reason}, Ref}
    after Timeout ->
            kill_flush(Pid),
            {{error, timeout}, Ref}
    end.

no_monitor_opt(Opts) ->
    case lists:member(monitor, Opts) orelse lists:keymember(monitor, 1, Opts) of
        true -> erlang:error(badarg);
        false -> ok
    end.

sync_start({Pid, Ref}, Timeout) ->
    receive
        {ack, Pid, Return} ->
            erlang:demonitor(Ref, [flush]),
            Return;
        {nack, Pid, Return} ->
            flush_exit(Pid),
            receive {'DOWN', Ref, process, Pid, _} -> ok end,
            Return;
        {'DOWN', Ref, process, Pid, Reason} ->
            flush_exit(Pid),
            {error, Reason}
    after Timeout ->
            kill_flush(Pid),
            receive {'DOWN', Ref, process, Pid, _} -> ok end,
            {error, timeout}
    end.

flush_exit(Pid) ->
    unlink(Pid),
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end.

kill_flush(Pid) ->
    unlink(Pid),
    exit(Pid, kill),
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end.

init_ack(Return) ->
    [Parent | _] = get('$ancestors'),
    init_ack(Parent, Return).

init_ack(Parent, Return) ->
    Parent ! {ack, self(), Return},
    ok.

init_fail(Return, Exception) ->
    [Parent | _] = get('$ancestors'),
    init_fail(Parent, Return, Exception).

init_fail(Parent, Return, Exception) ->
    Parent ! {nack, self(), Return},
    case Exception of
        {error, R} -> erlang:error(R);
        {exit, R} -> erlang:exit(R);
        {throw, R} -> erlang:throw(R);
        {Class, R, Stack} -> erlang:raise(Class, R, Stack)
    end.

%% ---- information ----

initial_call(DictOrPid) ->
    case raw_initial_call(DictOrPid) of
        {M, F, A} when is_integer(A) -> {M, F, make_dummy_args(A, [])};
        false -> false
    end.

translate_initial_call(DictOrPid) ->
    case raw_initial_call(DictOrPid) of
        {_, _, _} = MFA -> MFA;
        false -> {?MODULE, init_p, 5}
    end.

raw_initial_call(Pid) when is_pid(Pid) ->
    case erlang:process_info(Pid, dictionary) of
        {dictionary, D} -> raw_initial_call(D);
        _ -> false
    end;
raw_initial_call(Dict) when is_list(Dict) ->
    case lists:keyfind('$initial_call', 1, Dict) of
        {_, {M, F, A}} -> {M, F, A};
        _ -> false
    end.

make_dummy_args(0, Acc) -> Acc;
make_dummy_args(N, Acc) ->
    Arg = list_to_atom("Argument__" ++ integer_to_list(N)),
    make_dummy_args(N - 1, [Arg | Acc]).

%% ---- stopping ----

stop(Process) -> stop(Process, normal, infinity).

%% Asks a special process to terminate with Reason (through sys), and
%% waits for it to end: ok, or exits with noproc, timeout, or the other
%% reason it ended with.
stop(Process, Reason, Timeout) ->
    Mref = erlang:monitor(process, Process),
    {Helper, HRef} =
        erlang:spawn_monitor(fun() -> catch sys:terminate(Process, Reason, infinity) end),
    receive
        {'DOWN', Mref, _, _, Reason} ->
            wait_helper(HRef),
            ok;
        {'DOWN', Mref, _, _, Other} ->
            wait_helper(HRef),
            exit(Other)
    after Timeout ->
            exit(Helper, kill),
            wait_helper(HRef),
            erlang:demonitor(Mref, [flush]),
            exit(timeout)
    end.

wait_helper(Ref) ->
    receive {'DOWN', Ref, _, _, _} -> ok end.

hibernate(M, F, A) ->
    apply(M, F, A).

%% ---- formatting crash reports ----

format(CrashReport) -> format(CrashReport, latin1).

format([Own, Neighbours], _Encoding) ->
    {Class, Reason, Stack} = proplists:get_value(error_info, Own),
    Pid = proplists:get_value(pid, Own),
    Head = io_lib:format("  crasher:~n    initial call: ~w~n    pid: ~w~n"
                         "    registered_name: ~w~n",
                         [proplists:get_value(initial_call, Own), Pid,
                          proplists:get_value(registered_name, Own)]),
    Err = erl_error:format_exception(Class, Reason, Stack),
    Rest = [io_lib:format("    ~w: ~w~n", [K, V])
            || {K, V} <- Own, K =/= initial_call, K =/= pid,
               K =/= registered_name, K =/= error_info],
    %% format_exception/3's text starts with "exception ".
    [Head, "    ", Err, "\n", Rest,
     io_lib:format("  neighbours: ~w~n", [Neighbours])].

report_cb(#{label := {proc_lib, crash}, report := Report}, _Config) ->
    format(Report).
