-module(otp_gen_statem_stop).
%% gen_statem: init results, stop and stop_and_reply, bad returns and
%% bad actions (the caller's exit reason), terminate/3.
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, s/3, terminate/3]).
start() ->
    logger:set_primary_config(level, none),
    register(tester, self()),
    io:format("~p~n", [gen_statem:start(?MODULE, ignore, [])]),
    io:format("~p~n", [gen_statem:start(?MODULE, {stop, no}, [])]),
    io:format("~p~n", [gen_statem:start(?MODULE, bad, [])]),
    {ok, P1} = gen_statem:start(?MODULE, ok, []),
    io:format("~p~n", [gen_statem:call(P1, stop_and_reply)]),
    term(),
    {ok, P2} = gen_statem:start(?MODULE, ok, []),
    R2 = erlang:monitor(process, P2),
    gen_statem:cast(P2, stop),
    term(),
    receive {'DOWN', R2, _, _, W2} -> io:format("down ~p~n", [W2]) end,
    [begin
         {ok, P} = gen_statem:start(?MODULE, ok, []),
         {'EXIT', {Why, {gen_statem, call, [_, Req, infinity]}}} = (catch gen_statem:call(P, Req)),
         io:format("~p: ~p~n", [Req, simplify(Why)]),
         term()
     end || Req <- [bad_return, bad_action, crash]],
    ok.
simplify({R, St}) when is_list(St) -> R;
simplify(R) -> R.
term() -> receive {terminate, R, S} -> io:format("terminate ~p in ~p~n", [simplify(R), S]) end.
init(ignore) -> ignore;
init({stop, R}) -> {stop, R};
init(bad) -> {ok, s};
init(ok) -> {ok, s, data}.
callback_mode() -> state_functions.
s({call, From}, stop_and_reply, _) -> {stop_and_reply, normal, [{reply, From, bye}]};
s({call, _}, bad_return, _) -> {what};
s({call, _}, bad_action, _) -> {keep_state_and_data, [{bogus, action}]};
s({call, _}, crash, _) -> erlang:error(kaboom);
s(cast, stop, D) -> {stop, {shutdown, asked}, D}.
terminate(R, S, _) -> tester ! {terminate, R, S}.
