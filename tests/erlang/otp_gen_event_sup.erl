-module(otp_gen_event_sup).
%% gen_event: add_sup_handler: the supervising process gets
%% {gen_event_EXIT, Handler, Reason} when the handler goes.
-behaviour(gen_event).
-export([start/0, init/1, handle_event/2, handle_call/2, terminate/2]).
start() ->
    logger:set_primary_config(level, none),
    {ok, M} = gen_event:start(),
    ok = gen_event:add_sup_handler(M, {?MODULE, a}, a),
    ok = gen_event:add_sup_handler(M, {?MODULE, b}, b),
    ok = gen_event:add_sup_handler(M, {?MODULE, c}, c),
    gen_event:sync_notify(M, {remove, a}),
    show(),
    gen_event:sync_notify(M, {crash, b}),
    show(),
    io:format("~p~n", [gen_event:delete_handler(M, {?MODULE, c}, bye)]),
    receive {gen_event_EXIT, _, _} = X -> io:format("~p~n", [X]) after 50 -> io:format("none~n") end,
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok.
show() ->
    receive {gen_event_EXIT, H, {'EXIT', {R, St}}} when is_list(St) -> io:format("~p~n", [{gen_event_EXIT, H, {'EXIT', R}}]);
            {gen_event_EXIT, H, R} -> io:format("~p~n", [{gen_event_EXIT, H, R}])
    end.
init(A) -> {ok, A}.
handle_event({remove, S}, S) -> remove_handler;
handle_event({crash, S}, S) -> erlang:error(crashed);
handle_event(_, S) -> {ok, S}.
handle_call(_, S) -> {ok, S, S}.
terminate(_, S) -> S.
