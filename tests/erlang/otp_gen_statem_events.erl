-module(otp_gen_statem_events).
%% gen_statem handle_event_function: next_event ordering (internal events
%% before queued ones), postpone and retry on state change, tuple states,
%% event types seen.
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4]).
start() ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, a),
    gen_statem:cast(P, b),
    P ! c,
    gen_statem:cast(P, go),
    gen_statem:cast(P, d),
    io:format("~w~n", [gen_statem:call(P, log)]),
    io:format("~w~n", [sys:get_state(P)]),
    gen_statem:stop(P),
    ok.
init([]) -> {ok, {waiting, 0}, []}.
callback_mode() -> handle_event_function.
handle_event({call, From}, log, _S, L) -> {keep_state_and_data, [{reply, From, lists:reverse(L)}]};
handle_event(cast, go, {waiting, N}, L) ->
    {next_state, {running, N + 1}, [go | L],
     [{next_event, internal, first}, {next_event, internal, second}]};
handle_event(internal, E, _S, L) -> {keep_state, [{internal, E} | L]};
handle_event(Type, E, {waiting, _}, L) -> {keep_state, [{postponed, Type, E} | L], [postpone]};
handle_event(Type, E, {running, _}, L) -> {keep_state, [{Type, E} | L]}.
