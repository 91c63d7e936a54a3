-module(otp_logger_macros).
%% logger: the logger.hrl macros (location metadata: mfa, line, file),
%% primary and handler filters.
-include_lib("kernel/include/logger.hrl").
-export([start/0, log/2]).
start() ->
    ok = logger:remove_handler(default),
    ok = logger:set_primary_config(level, info),
    ok = logger:add_handler(mine, ?MODULE, #{}),
    ?LOG_INFO("info ~p", [1]),
    ?LOG_WARNING(#{report => map}),
    ?LOG_ERROR("error string"),
    ?LOG_DEBUG("not shown"),
    ?LOG_NOTICE("with meta ~p", [x], #{custom => yes}),
    ok = logger:add_primary_filter(no_secret, {fun(#{msg := {string, "secret"}}, _) -> stop; (E, _) -> E end, x}),
    ?LOG_INFO("secret"),
    ?LOG_INFO("public"),
    io:format("~p~n", [logger:add_primary_filter(no_secret, {fun(E, _) -> E end, x})]),
    ok = logger:remove_primary_filter(no_secret),
    ?LOG_INFO("secret"),
    ok = logger:add_handler_filter(mine, only_errors, {fun(#{level := error} = E, _) -> E; (_, _) -> stop end, []}),
    ?LOG_INFO("filtered by handler"),
    ?LOG_ERROR("passes"),
    ok = logger:remove_handler(mine),
    ok = logger:set_primary_config(level, none),
    ok.
log(#{level := L, msg := M, meta := Meta}, _) ->
    io:format("~p ~p ~p ~p ~p~n", [L, M, maps:get(mfa, Meta), maps:get(line, Meta), maps:get(custom, Meta, none)]).
