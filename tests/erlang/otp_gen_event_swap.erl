-module(otp_gen_event_swap).
%% gen_event: swap_handler (terminate result passed to the new init),
%% swapping from handle_event and handle_call, remove_handler from a call,
%% bad return values remove the handler.
-behaviour(gen_event).
-export([start/0, init/1, handle_event/2, handle_call/2, terminate/2]).
start() ->
    logger:set_primary_config(level, none),
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, one}, 1),
    io:format("~w~n", [gen_event:swap_handler(M, {{?MODULE, one}, swap_args}, {{?MODULE, two}, new_args})]),
    io:format("~w~n", [gen_event:which_handlers(M)]),
    io:format("~w~n", [gen_event:call(M, {?MODULE, two}, state)]),
    ok = gen_event:sync_notify(M, swap_me),
    io:format("~w~n", [gen_event:which_handlers(M)]),
    io:format("~w~n", [gen_event:call(M, {?MODULE, three}, state)]),
    io:format("~w~n", [gen_event:call(M, {?MODULE, three}, {swap, four})]),
    io:format("~w~n", [gen_event:which_handlers(M)]),
    io:format("~w~n", [gen_event:call(M, {?MODULE, four}, remove)]),
    io:format("~w~n", [gen_event:which_handlers(M)]),
    ok = gen_event:add_handler(M, {?MODULE, five}, 5),
    ok = gen_event:sync_notify(M, bad_return),
    io:format("~w~n", [gen_event:which_handlers(M)]),
    ok = gen_event:add_handler(M, {?MODULE, six}, 6),
    io:format("~w~n", [gen_event:call(M, {?MODULE, six}, bad)]),
    io:format("~w~n", [gen_event:which_handlers(M)]),
    io:format("~w~n", [gen_event:swap_handler(M, {{?MODULE, gone}, x}, {{?MODULE, seven}, y})]),
    io:format("~w~n", [gen_event:call(M, {?MODULE, seven}, state)]),
    ok.
init(A) -> {ok, A}.
handle_event(swap_me, S) -> {swap_handler, from_event, S, {?MODULE, three}, event_args};
handle_event(bad_return, _S) -> what.
handle_call(state, S) -> {ok, S, S};
handle_call({swap, N}, S) -> {swap_handler, swapped, from_call, S, {?MODULE, N}, call_args};
handle_call(remove, _S) -> {remove_handler, removed};
handle_call(bad, _S) -> bad_reply.
terminate(Arg, S) -> io:format("terminate ~w ~w~n", [Arg, S]), {result_of, S}.
