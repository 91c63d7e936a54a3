%% The `logger' module of the atomvm-rs standard library. Written for
%% this project from OTP's documentation and experiments against OTP
%% 25/27/29.
%%
%% What it does, as OTP's logger: levels (emergency .. debug, plus all
%% and none), the primary configuration (level, filters, filter_default,
%% metadata), module levels, handlers (add/remove/get/set/update, each
%% with its own level and filters) whose Module:log(LogEvent, Config)
%% is called in the process that logs, process metadata, and the calls
%% the logger.hrl macros make (allow/2, macro_log/3,4,5). Log events are
%% #{level, msg, meta} with msg {string, S}, {report, R} or {Format,
%% Args}, and meta holding pid, time (erlang:monotonic_time(microsecond):
%% the VM has no wall clock), and the caller's metadata.
%%
%% The configuration lives in a registered process, `logger', started on
%% first use. The default handler, `default', is logger_std_h: it
%% writes each event to stdout as one "LEVEL: TEXT" line (see
%% logger_std_h). A handler that crashes is removed, as on OTP.
-module(logger).

-export([emergency/1, emergency/2, emergency/3, alert/1, alert/2, alert/3,
         critical/1, critical/2, critical/3, error/1, error/2, error/3,
         warning/1, warning/2, warning/3, notice/1, notice/2, notice/3,
         info/1, info/2, info/3, debug/1, debug/2, debug/3,
         log/2, log/3, log/4, allow/2, macro_log/3, macro_log/4,
         macro_log/5, compare_levels/2,
         get_primary_config/0, set_primary_config/1, set_primary_config/2,
         update_primary_config/1, add_handler/3, remove_handler/1,
         get_handler_config/0, get_handler_config/1, get_handler_ids/0,
         set_handler_config/2, set_handler_config/3,
         update_handler_config/2, update_handler_config/3, get_config/0,
         add_primary_filter/2, remove_primary_filter/1,
         add_handler_filter/3, remove_handler_filter/2,
         set_module_level/2, unset_module_level/0, unset_module_level/1,
         get_module_level/0, get_module_level/1,
         set_process_metadata/1, update_process_metadata/1,
         get_process_metadata/0, unset_process_metadata/0,
         format_report/1]).

-export([server_init/1]).

-define(LEVELS, [emergency, alert, critical, error, warning, notice, info, debug]).
-define(META_KEY, '$logger_metadata$').

%% ---- logging ----

emergency(A) -> log(emergency, A).
emergency(A, B) -> log(emergency, A, B).
emergency(A, B, C) -> log(emergency, A, B, C).
alert(A) -> log(alert, A).
alert(A, B) -> log(alert, A, B).
alert(A, B, C) -> log(alert, A, B, C).
critical(A) -> log(critical, A).
critical(A, B) -> log(critical, A, B).
critical(A, B, C) -> log(critical, A, B, C).
error(A) -> log(error, A).
error(A, B) -> log(error, A, B).
error(A, B, C) -> log(error, A, B, C).
warning(A) -> log(warning, A).
warning(A, B) -> log(warning, A, B).
warning(A, B, C) -> log(warning, A, B, C).
notice(A) -> log(notice, A).
notice(A, B) -> log(notice, A, B).
notice(A, B, C) -> log(notice, A, B, C).
info(A) -> log(info, A).
info(A, B) -> log(info, A, B).
info(A, B, C) -> log(info, A, B, C).
debug(A) -> log(debug, A).
debug(A, B) -> log(debug, A, B).
debug(A, B, C) -> log(debug, A, B, C).

%% log(Level, StringOrReport)
log(Level, StringOrReport) ->
    do_log(Level, StringOrReport, #{}).

%% log(Level, Format, Args) | log(Level, StringOrReport, Meta) |
%% log(Level, Fun, FunArgs)
log(Level, Fun, FunArgs) when is_function(Fun, 1) ->
    do_log(Level, {Fun, FunArgs}, #{});
log(Level, Format, Args) when is_list(Args) ->
    do_log(Level, {Format, Args}, #{});
log(Level, StringOrReport, Meta) when is_map(Meta) ->
    do_log(Level, StringOrReport, Meta);
log(Level, A, B) ->
    erlang:error(badarg, [Level, A, B]).

log(Level, Fun, FunArgs, Meta) when is_function(Fun, 1), is_map(Meta) ->
    do_log(Level, {Fun, FunArgs}, Meta);
log(Level, Format, Args, Meta) when is_list(Args), is_map(Meta) ->
    do_log(Level, {Format, Args}, Meta);
log(Level, A, B, C) ->
    erlang:error(badarg, [Level, A, B, C]).

%% One fetch of the configuration for both the level check and the handlers.
do_log(Level, Msg, Meta) ->
    check_level(Level),
    Module = case Meta of
                 #{mfa := {M, _, _}} -> M;
                 _ -> undefined
             end,
    Config = config(),
    case allow(Level, Module, Config) of
        true -> log_allowed(Level, Msg, Meta, Config);
        false -> ok
    end.

check_level(Level) ->
    case lists:member(Level, ?LEVELS) of
        true -> ok;
        false -> erlang:error(badarg)
    end.

%% What the logger.hrl macros call.
macro_log(Location, Level, StringOrReport) ->
    log_allowed(Level, StringOrReport, Location).
macro_log(Location, Level, Fun, FunArgs) when is_function(Fun, 1) ->
    log_allowed(Level, {Fun, FunArgs}, Location);
macro_log(Location, Level, Format, Args) when is_list(Args) ->
    log_allowed(Level, {Format, Args}, Location);
macro_log(Location, Level, StringOrReport, Meta) when is_map(Meta) ->
    log_allowed(Level, StringOrReport, maps:merge(Location, Meta)).
macro_log(Location, Level, Fun, FunArgs, Meta) when is_function(Fun, 1) ->
    log_allowed(Level, {Fun, FunArgs}, maps:merge(Location, Meta));
macro_log(Location, Level, Format, Args, Meta) ->
    log_allowed(Level, {Format, Args}, maps:merge(Location, Meta)).

%% Whether an event of Level from Module passes the level check.
allow(Level, Module) ->
    check_level(Level),
    allow(Level, Module, config()).

allow(Level, Module, Config) ->
    Allowed = case maps:find(Module, maps:get(module_levels, Config)) of
                  {ok, ModLevel} -> ModLevel;
                  error -> maps:get(level, maps:get(primary, Config))
              end,
    le(Level, Allowed).

%% Level passes a threshold.
le(_Level, none) -> false;
le(_Level, all) -> true;
le(Level, Threshold) -> index(Level) =< index(Threshold).

index(L) -> index(L, ?LEVELS, 1).
index(L, [L | _], N) -> N;
index(L, [_ | T], N) -> index(L, T, N + 1);
index(L, [], _) -> erlang:error(badarg, [L]).

compare_levels(A, B) ->
    case {valid_level(A), valid_level(B)} of
        {true, true} -> compare_levels_1(level_rank(A), level_rank(B));
        _ -> erlang:error(badarg, [A, B])
    end.

compare_levels_1(X, X) -> eq;
compare_levels_1(X, Y) when X < Y -> gt;
compare_levels_1(_, _) -> lt.

level_rank(none) -> 0;
level_rank(all) -> 100;
level_rank(L) -> index(L).

valid_level(L) -> L =:= all orelse L =:= none orelse lists:member(L, ?LEVELS).

log_allowed(Level, Msg, Meta) ->
    log_allowed(Level, Msg, Meta, config()).

log_allowed(Level, Msg0, Meta0, Config) ->
    case make_msg(Msg0) of
        skip ->
            ok;
        Msg ->
            Primary = maps:get(primary, Config),
            ProcMeta = case get_process_metadata() of
                           undefined -> #{};
                           M -> M
                       end,
            Meta = maps:merge(maps:merge(maps:get(metadata, Primary, #{}),
                                         maps:merge(#{pid => self(),
                                                      time => erlang:monotonic_time(microsecond)},
                                                    ProcMeta)),
                              Meta0),
            Event = #{level => Level, msg => Msg, meta => Meta},
            case apply_filters(maps:get(filters, Primary, []),
                               maps:get(filter_default, Primary, log), Event) of
                stop -> ok;
                Event1 -> call_handlers(maps:get(handlers, Config), Event1)
            end,
            ok
    end.

make_msg({Fun, FunArgs}) when is_function(Fun, 1) ->
    case Fun(FunArgs) of
        {Format, Args} when is_list(Args) -> {Format, Args};
        {Report, Meta} when is_map(Meta) -> make_msg(Report);
        ignore -> skip;
        Other -> make_msg(Other)
    end;
make_msg({Format, Args} = Msg) when is_list(Args), (is_list(Format) orelse is_atom(Format) orelse is_binary(Format)) ->
    Msg;
make_msg(Report) when is_map(Report) -> {report, Report};
make_msg([{_, _} | _] = Report) -> {report, Report};
make_msg(String) when is_list(String); is_binary(String) -> {string, String};
make_msg(Other) -> erlang:error(badarg, [Other]).

apply_filters([], _Default, Event) ->
    Event;
apply_filters(Filters, Default, Event) ->
    apply_filters(Filters, Default, Event, false).

apply_filters([], Default, Event, Matched) ->
    case {Matched, Default} of
        {true, _} -> Event;
        {false, log} -> Event;
        {false, stop} -> stop
    end;
apply_filters([{_Id, {Fun, Extra}} | T], Default, Event, Matched) ->
    case catch Fun(Event, Extra) of
        stop -> stop;
        ignore -> apply_filters(T, Default, Event, Matched);
        #{level := _, msg := _, meta := _} = E -> apply_filters(T, Default, E, true);
        _ -> apply_filters(T, Default, Event, Matched)
    end.

call_handlers([], _Event) ->
    ok;
call_handlers([#{id := Id, module := Mod, level := HLevel} = H | T],
              #{level := Level} = Event) ->
    case le(Level, HLevel) of
        true ->
            case apply_filters(maps:get(filters, H, []),
                               maps:get(filter_default, H, log), Event) of
                stop ->
                    ok;
                Event1 ->
                    try Mod:log(Event1, H)
                    catch
                        C:R ->
                            _ = remove_handler(Id),
                            io:format("logger: handler ~w crashed (~w:~w) and was removed~n",
                                      [Id, C, R])
                    end
            end;
        false ->
            ok
    end,
    call_handlers(T, Event).

%% Formats a report as OTP's logger does without a report callback:
%% a map or a key-value list, one "    Key: Value" line each.
format_report(Report) when is_map(Report) ->
    format_report(lists:sort(maps:to_list(Report)));
format_report(List) when is_list(List) ->
    {lists:flatten(["    ~tp: ~tp~n" || _ <- List]),
     lists:append([[K, V] || {K, V} <- List])}.

%% ---- configuration ----

get_config() ->
    C = config(),
    #{primary => maps:get(primary, C), handlers => maps:get(handlers, C),
      module_levels => lists:sort(maps:to_list(maps:get(module_levels, C))),
      proxy => #{}}.

get_primary_config() ->
    maps:get(primary, config()).

set_primary_config(Config) when is_map(Config) ->
    case check_primary(Config) of
        ok ->
            Full = maps:merge(default_primary(), Config),
            update(fun(C) -> {ok, C#{primary => Full}} end);
        Error ->
            Error
    end;
set_primary_config(Other) ->
    {error, {invalid_config, Other}}.

set_primary_config(Key, Value) ->
    case check_primary(#{Key => Value}) of
        ok ->
            update(fun(C) ->
                           P = maps:get(primary, C),
                           {ok, C#{primary => P#{Key => Value}}}
                   end);
        Error ->
            Error
    end.

update_primary_config(Config) when is_map(Config) ->
    case check_primary(Config) of
        ok ->
            update(fun(C) ->
                           P = maps:get(primary, C),
                           {ok, C#{primary => maps:merge(P, Config)}}
                   end);
        Error ->
            Error
    end.

default_primary() ->
    #{level => notice, filters => [], filter_default => log, metadata => #{}}.

check_primary(Config) ->
    check_keys(maps:to_list(Config), [level, filters, filter_default, metadata], logger).

check_keys([], _Allowed, _Owner) ->
    ok;
check_keys([{level, L} | T], Allowed, Owner) ->
    case valid_level(L) of
        true -> check_keys(T, Allowed, Owner);
        false -> {error, {invalid_level, L}}
    end;
check_keys([{filter_default, D} | T], Allowed, Owner) ->
    case D =:= log orelse D =:= stop of
        true -> check_keys(T, Allowed, Owner);
        false -> {error, {invalid_filter_default, D}}
    end;
check_keys([{filters, F} | T], Allowed, Owner) ->
    case is_list(F) andalso lists:all(fun({_, {Fun, _}}) -> is_function(Fun, 2);
                                         (_) -> false end, F) of
        true -> check_keys(T, Allowed, Owner);
        false -> {error, {invalid_filters, F}}
    end;
check_keys([{metadata, M} | T], Allowed, Owner) ->
    case is_map(M) of
        true -> check_keys(T, Allowed, Owner);
        false -> {error, {invalid_metadata, M}}
    end;
check_keys([{K, V} | T], Allowed, Owner) ->
    case lists:member(K, Allowed) of
        true -> check_keys(T, Allowed, Owner);
        false -> {error, {invalid_config, Owner, #{K => V}}}
    end.

add_handler(Id, Module, Config) when is_atom(Id), is_atom(Module), is_map(Config) ->
    case check_keys(maps:to_list(maps:with([level, filters, filter_default], Config)),
                    [level, filters, filter_default], handler) of
        ok ->
            Full0 = maps:merge(#{level => all, filters => [], filter_default => log,
                                 formatter => {logger_formatter, #{}}},
                               Config),
            Full1 = Full0#{id => Id, module => Module},
            update(fun(C) ->
                           Hs = maps:get(handlers, C),
                           case find_handler(Id, Hs) of
                               {ok, _} ->
                                   {{error, {already_exist, Id}}, C};
                               error ->
                                   case adding_handler(Module, Full1) of
                                       {ok, Full} ->
                                           {ok, C#{handlers => Hs ++ [Full]}};
                                       {error, _} = E ->
                                           {E, C}
                                   end
                           end
                   end);
        Error ->
            Error
    end;
add_handler(Id, Module, Config) ->
    erlang:error(badarg, [Id, Module, Config]).

adding_handler(Module, Config) ->
    _ = (catch Module:module_info(module)),
    case erlang:function_exported(Module, adding_handler, 1) of
        true ->
            case catch Module:adding_handler(Config) of
                {ok, C} when is_map(C) -> {ok, C};
                {error, _} = E -> E;
                Other -> {error, {handler_not_added, {invalid_return, Other}}}
            end;
        false ->
            case erlang:function_exported(Module, log, 2) of
                true -> {ok, Config};
                false -> {error, {invalid_handler, {function_not_exported, {Module, log, 2}}}}
            end
    end.

remove_handler(Id) ->
    update(fun(C) ->
                   Hs = maps:get(handlers, C),
                   case find_handler(Id, Hs) of
                       {ok, #{module := Mod} = H} ->
                           _ = case erlang:function_exported(Mod, removing_handler, 1) of
                                   true -> catch Mod:removing_handler(H);
                                   false -> ok
                               end,
                           {ok, C#{handlers => [X || #{id := I} = X <- Hs, I =/= Id]}};
                       error ->
                           {{error, {not_found, Id}}, C}
                   end
           end).

find_handler(Id, Hs) ->
    case [H || #{id := I} = H <- Hs, I =:= Id] of
        [H] -> {ok, H};
        [] -> error
    end.

get_handler_config() ->
    maps:get(handlers, config()).

get_handler_config(Id) ->
    case find_handler(Id, maps:get(handlers, config())) of
        {ok, H} -> {ok, H};
        error -> {error, {not_found, Id}}
    end.

get_handler_ids() ->
    [Id || #{id := Id} <- maps:get(handlers, config())].

set_handler_config(Id, Config) when is_map(Config) ->
    change_handler(Id, fun(#{module := M}) ->
                               maps:merge(#{level => all, filters => [], filter_default => log,
                                            formatter => {logger_formatter, #{}}},
                                          Config#{id => Id, module => M})
                       end).

set_handler_config(Id, Key, Value) ->
    change_handler(Id, fun(H) -> H#{Key => Value} end).

update_handler_config(Id, Config) when is_map(Config) ->
    change_handler(Id, fun(H) -> maps:merge(H, maps:without([id, module], Config)) end).

update_handler_config(Id, Key, Value) ->
    set_handler_config(Id, Key, Value).

change_handler(Id, F) ->
    update(fun(C) ->
                   Hs = maps:get(handlers, C),
                   case find_handler(Id, Hs) of
                       {ok, H} ->
                           New = F(H),
                           case check_keys(maps:to_list(maps:with([level, filters, filter_default], New)),
                                           [level, filters, filter_default], handler) of
                               ok ->
                                   {ok, C#{handlers => [case I of Id -> New; _ -> X end
                                                        || #{id := I} = X <- Hs]}};
                               Error ->
                                   {Error, C}
                           end;
                       error ->
                           {{error, {not_found, Id}}, C}
                   end
           end).

add_primary_filter(FilterId, {Fun, _} = Filter) when is_function(Fun, 2) ->
    update(fun(C) ->
                   P = maps:get(primary, C),
                   Fs = maps:get(filters, P, []),
                   case lists:keymember(FilterId, 1, Fs) of
                       true -> {{error, {already_exist, FilterId}}, C};
                       false -> {ok, C#{primary => P#{filters => Fs ++ [{FilterId, Filter}]}}}
                   end
           end);
add_primary_filter(FilterId, Filter) ->
    {error, {invalid_filter, {FilterId, Filter}}}.

remove_primary_filter(FilterId) ->
    update(fun(C) ->
                   P = maps:get(primary, C),
                   Fs = maps:get(filters, P, []),
                   case lists:keymember(FilterId, 1, Fs) of
                       true -> {ok, C#{primary => P#{filters => lists:keydelete(FilterId, 1, Fs)}}};
                       false -> {{error, {not_found, FilterId}}, C}
                   end
           end).

add_handler_filter(HandlerId, FilterId, {Fun, _} = Filter) when is_function(Fun, 2) ->
    change_handler(HandlerId, fun(H) ->
                                      Fs = maps:get(filters, H, []),
                                      H#{filters => lists:keystore(FilterId, 1, Fs, {FilterId, Filter})}
                              end);
add_handler_filter(_HandlerId, FilterId, Filter) ->
    {error, {invalid_filter, {FilterId, Filter}}}.

remove_handler_filter(HandlerId, FilterId) ->
    change_handler(HandlerId, fun(H) ->
                                      Fs = maps:get(filters, H, []),
                                      H#{filters => lists:keydelete(FilterId, 1, Fs)}
                              end).

set_module_level(Module, Level) when is_atom(Module) ->
    set_module_level([Module], Level);
set_module_level(Modules, Level) when is_list(Modules) ->
    case valid_level(Level) of
        true ->
            update(fun(C) ->
                           ML = maps:get(module_levels, C),
                           ML1 = lists:foldl(fun(M, Acc) -> Acc#{M => Level} end, ML, Modules),
                           {ok, C#{module_levels => ML1}}
                   end);
        false ->
            {error, {invalid_level, Level}}
    end.

unset_module_level() ->
    update(fun(C) -> {ok, C#{module_levels => #{}}} end).

unset_module_level(Module) when is_atom(Module) ->
    unset_module_level([Module]);
unset_module_level(Modules) when is_list(Modules) ->
    update(fun(C) ->
                   {ok, C#{module_levels => maps:without(Modules, maps:get(module_levels, C))}}
           end).

get_module_level() ->
    lists:sort(maps:to_list(maps:get(module_levels, config()))).

get_module_level(Module) when is_atom(Module) ->
    get_module_level([Module]);
get_module_level(Modules) when is_list(Modules) ->
    ML = maps:get(module_levels, config()),
    lists:sort([{M, L} || {M, L} <- maps:to_list(ML), lists:member(M, Modules)]).

set_process_metadata(Meta) when is_map(Meta) ->
    put(?META_KEY, Meta),
    ok;
set_process_metadata(Meta) ->
    erlang:error(badarg, [Meta]).

update_process_metadata(Meta) when is_map(Meta) ->
    Old = case get_process_metadata() of
              undefined -> #{};
              M -> M
          end,
    put(?META_KEY, maps:merge(Old, Meta)),
    ok;
update_process_metadata(Meta) ->
    erlang:error(badarg, [Meta]).

get_process_metadata() ->
    case get(?META_KEY) of
        M when is_map(M) -> M;
        _ -> undefined
    end.

unset_process_metadata() ->
    erase(?META_KEY),
    ok.

%% ---- the configuration server ----

config() ->
    call(get).

%% F(Config) -> {Reply, NewConfig}, run in the server.
update(F) ->
    call({update, F}).

call(Req) ->
    Pid = server(),
    Ref = erlang:monitor(process, Pid),
    Pid ! {?MODULE, self(), Ref, Req},
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, Reason} ->
            erlang:error({logger_down, Reason})
    end.

server() ->
    case whereis(?MODULE) of
        undefined ->
            Parent = self(),
            Pid = spawn(?MODULE, server_init, [Parent]),
            receive
                {Pid, started} -> ok;
                {Pid, lost} -> ok
            end,
            server();
        Pid ->
            Pid
    end.

server_init(Parent) ->
    case catch register(?MODULE, self()) of
        true ->
            Parent ! {self(), started},
            server_loop(initial_config());
        _ ->
            Parent ! {self(), lost}
    end.

initial_config() ->
    Default = #{id => default, module => logger_std_h, level => all,
                filters => [], filter_default => log,
                formatter => {logger_formatter, #{}},
                config => #{type => standard_io}},
    #{primary => default_primary(), handlers => [Default], module_levels => #{}}.

server_loop(Config) ->
    receive
        {?MODULE, From, Ref, get} ->
            From ! {Ref, Config},
            server_loop(Config);
        {?MODULE, From, Ref, {update, F}} ->
            {Reply, NewConfig} = try F(Config)
                                 catch C:R -> {{error, {C, R}}, Config}
                                 end,
            From ! {Ref, Reply},
            server_loop(NewConfig);
        _ ->
            server_loop(Config)
    end.
