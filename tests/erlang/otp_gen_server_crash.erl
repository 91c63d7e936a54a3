-module(otp_gen_server_crash).
%% gen_server: callbacks that crash or return bad values: what the caller
%% and a monitor see.
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, terminate/2]).
start() ->
    logger:set_primary_config(level, none),
    try_call(error_in_call),
    try_call(exit_in_call),
    try_call(bad_return),
    try_call(badarith),
    try_call(bad_timeout),
    try_cast(error_in_cast),
    try_cast(bad_cast_return),
    try_call(crash_in_terminate),
    ok.
show({{Reason, Stack}, {gen_server, call, [_, Req]}}) when is_list(Stack) ->
    {{Reason, stack}, Req};
show({Reason, {gen_server, call, [_, Req]}}) -> {Reason, Req};
show({Reason, Stack}) when is_list(Stack) -> {Reason, stack};
show(Other) -> Other.
try_call(Req) ->
    {ok, P} = gen_server:start(?MODULE, self(), []),
    Ref = erlang:monitor(process, P),
    R = (catch gen_server:call(P, Req)),
    {'EXIT', Why} = R,
    io:format("~p: caller: ~p~n", [Req, show(Why)]),
    receive {'DOWN', Ref, _, _, D} -> io:format("~p: down: ~p~n", [Req, show(D)]) end,
    receive {terminated, T} -> io:format("~p: terminate/2 got ~p~n", [Req, show(T)]) after 0 -> ok end.
try_cast(Req) ->
    {ok, P} = gen_server:start(?MODULE, self(), []),
    Ref = erlang:monitor(process, P),
    gen_server:cast(P, Req),
    receive {'DOWN', Ref, _, _, D} -> io:format("~p: down: ~p~n", [Req, show(D)]) end,
    receive {terminated, T} -> io:format("~p: terminate/2 got ~p~n", [Req, show(T)]) after 0 -> ok end.
init(T) -> {ok, T}.
handle_call(error_in_call, _, _) -> erlang:error(oops);
handle_call(exit_in_call, _, _) -> exit(bye);
handle_call(bad_return, _, _) -> what;
handle_call(badarith, _, T) -> {reply, 1 / zero(), T};
handle_call(bad_timeout, _, _T) -> {reply, x, state, -5};
handle_call(crash_in_terminate, _, T) -> {stop, die, T}.
handle_cast(error_in_cast, _) -> erlang:error({cast, failed});
handle_cast(bad_cast_return, _T) -> {oops, state}.
terminate(die, _T) -> erlang:error(terminate_failed);
terminate(Reason, T) -> T ! {terminated, Reason}, ok.
zero() -> 0.
