-module(otp_gen_statem_enter).
%% gen_statem state enter calls: initial enter, repeat_state, enter on
%% every change but not on keep_state, actions from enter.
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4]).
start() ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, keep),
    gen_statem:cast(P, repeat),
    gen_statem:cast(P, {go, b}),
    gen_statem:cast(P, {go, b}),
    gen_statem:cast(P, {go, c}),
    io:format("~w~n", [gen_statem:call(P, log)]),
    ok.
init([]) -> {ok, a, []}.
callback_mode() -> [handle_event_function, state_enter].
handle_event(enter, Old, New, L) -> {keep_state, [{enter, Old, New} | L], [{state_timeout, 0, entered}]};
handle_event(state_timeout, entered, S, L) -> {keep_state, [{state_timeout_in, S} | L]};
handle_event(cast, keep, _, L) -> {keep_state, [keep | L]};
handle_event(cast, repeat, _, L) -> {repeat_state, [repeat | L]};
handle_event(cast, {go, S}, _, L) -> {next_state, S, [{go, S} | L]};
handle_event({call, F}, log, _, L) -> {keep_state_and_data, [{reply, F, lists:reverse(L)}]}.
