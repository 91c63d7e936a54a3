-module(otp_gen_event_basic).
%% gen_event: add_handler (also twice, {Module, Id}), notify, sync_notify,
%% call, handlers that fail init, crash, remove themselves, delete_handler,
%% which_handlers, stop; errors.
-behaviour(gen_event).
-export([start/0, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
start() ->
    logger:set_primary_config(level, none),
    {ok, M} = gen_event:start_link({local, mgr}),
    io:format("~w~n", [gen_event:add_handler(mgr, ?MODULE, a)]),
    io:format("~w~n", [gen_event:add_handler(mgr, {?MODULE, 2}, b)]),
    io:format("~w~n", [gen_event:add_handler(mgr, ?MODULE, a)]),
    io:format("~w~n", [gen_event:add_handler(mgr, {?MODULE, 3}, bad)]),
    io:format("~w~n", [gen_event:add_handler(mgr, {?MODULE, 4}, crash)]),
    io:format("~w~n", [gen_event:which_handlers(mgr)]),
    gen_event:notify(mgr, hello),
    io:format("~w~n", [gen_event:sync_notify(mgr, world)]),
    io:format("~w~n", [gen_event:call(mgr, ?MODULE, get)]),
    io:format("~w~n", [gen_event:call(mgr, nope, get)]),
    io:format("~w~n", [sys:get_state(mgr)]),
    M ! info_msg,
    {error, {'EXIT', {boom, _}}} = gen_event:call(mgr, {?MODULE, 2}, crash),
    io:format("~w~n", [gen_event:which_handlers(mgr)]),
    gen_event:sync_notify(mgr, die),
    io:format("~w~n", [gen_event:which_handlers(mgr)]),
    io:format("~w~n", [gen_event:delete_handler(mgr, nope, x)]),
    io:format("~w~n", [gen_event:add_handler(mgr, {?MODULE, 5}, c)]),
    io:format("~w~n", [gen_event:delete_handler(mgr, {?MODULE, 5}, bye)]),
    io:format("~w~n", [gen_event:stop(mgr)]),
    io:format("~w~n", [catch gen_event:which_handlers(mgr)]),
    io:format("~w~n", [catch gen_event:call(mgr, ?MODULE, get)]),
    ok.
init(bad) -> {error, nope};
init(crash) -> exit(oops);
init(A) -> {ok, A}.
handle_event(die, a) -> remove_handler;
handle_event(E, S) -> io:format("~p got ~p~n", [S, E]), {ok, S}.
handle_call(get, S) -> {ok, {state, S}, S};
handle_call(crash, _S) -> error(boom).
handle_info(I, S) -> io:format("~p info ~p~n", [S, I]), {ok, S}.
terminate(A, S) -> io:format("~p terminate ~p~n", [S, case A of {error, {'EXIT', {R, _}}} -> R; _ -> A end]), {done, S}.
