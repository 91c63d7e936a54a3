-module(otp_logger_handler).
%% logger: a handler of our own receives the events that pass the primary
%% and handler levels; msg forms (string, format, report, fun); metadata.
-export([start/0, log/2]).
start() ->
    ok = logger:remove_handler(default),
    ok = logger:set_primary_config(level, info),
    ok = logger:add_handler(mine, ?MODULE, #{level => all, config => #{tag => t}}),
    io:format("~p~n", [logger:add_handler(mine, ?MODULE, #{})]),
    logger:info("plain string"),
    logger:info("format ~p ~p", [a, 1]),
    logger:warning(#{what => report}),
    logger:error([{key, value}]),
    logger:notice("with meta", #{custom => 42}),
    logger:log(info, fun(X) -> {"from fun ~p", [X]} end, arg),
    logger:debug("not shown: below the primary level"),
    logger:log(alert, "log/2 at ~p", [alert]),
    ok = logger:set_handler_config(mine, level, error),
    logger:warning("not shown: below the handler level"),
    logger:critical("shown"),
    ok = logger:update_handler_config(mine, #{level => all}),
    ok = logger:set_primary_config(level, all),
    logger:debug("debug now"),
    ok = logger:set_primary_config(level, none),
    logger:emergency("not shown: level none"),
    io:format("~p~n", [logger:get_handler_ids()]),
    {ok, HC} = logger:get_handler_config(mine),
    io:format("~p~n", [{maps:get(id, HC), maps:get(module, HC), maps:get(level, HC), maps:get(config, HC)}]),
    io:format("~p~n", [logger:remove_handler(mine)]),
    io:format("~p~n", [logger:remove_handler(mine)]),
    io:format("~p~n", [logger:get_handler_config(mine)]),
    ok.
log(#{level := L, msg := M, meta := Meta}, #{config := #{tag := T}}) ->
    io:format("~p ~p ~p ~p~n", [T, L, M, maps:get(custom, Meta, none)]).
