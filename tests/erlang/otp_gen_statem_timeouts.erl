-module(otp_gen_statem_timeouts).
%% gen_statem timeouts: event timeout 0 and cancelled by an event, state
%% timeout cancelled by a state change, generic named timeouts, cancel and
%% update.
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4]).
start() ->
    register(tester, self()),
    {ok, P} = gen_statem:start(?MODULE, [], []),
    next(),
    gen_statem:cast(P, {arm_event, 0}),
    next(),
    gen_statem:cast(P, arm_two),
    next(), next(),
    gen_statem:cast(P, {arm_generic, 10, g3}),
    gen_statem:cast(P, {cancel_generic, g3}),
    gen_statem:cast(P, {arm_state, 20}),
    gen_statem:cast(P, change_state),
    gen_statem:cast(P, {arm_generic, 30, g4}),
    gen_statem:cast(P, {update_generic, g4, updated}),
    next(),
    gen_statem:cast(P, {arm_state, 0}),
    next(),
    io:format("~w~n", [gen_statem:call(P, events)]),
    ok.
next() -> receive {event, E} -> io:format("~w~n", [E]) end.
init([]) -> {ok, one, [], [{timeout, 0, initial}]}.
callback_mode() -> handle_event_function.
handle_event(cast, {arm_event, T}, _, _) -> {keep_state_and_data, [{timeout, T, ev}]};
handle_event(cast, {arm_generic, T, N}, _, _) -> {keep_state_and_data, [{{timeout, N}, T, N}]};
handle_event(cast, arm_two, _, _) -> {keep_state_and_data, [{{timeout, g1}, 40, g1}, {{timeout, g2}, 5, g2}]};
handle_event(cast, {cancel_generic, N}, _, _) -> {keep_state_and_data, [{{timeout, N}, cancel}]};
handle_event(cast, {update_generic, N, M}, _, _) -> {keep_state_and_data, [{{timeout, N}, update, M}]};
handle_event(cast, {arm_state, T}, _, _) -> {keep_state_and_data, [{state_timeout, T, st}]};
handle_event(cast, change_state, one, L) -> {next_state, two, L};
handle_event({call, F}, events, _, L) -> {keep_state_and_data, [{reply, F, lists:reverse(L)}]};
handle_event(Type, Content, State, L) ->
    tester ! {event, {State, Type, Content}},
    {keep_state, [Content | L]}.
