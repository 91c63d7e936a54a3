-module(otp_gen_server_reply).
%% gen_server: deferred replies with gen_server:reply/2 (noreply then reply
%% later), replying from another process, and reply order.
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).
start() ->
    {ok, P} = gen_server:start_link(?MODULE, [], []),
    Self = self(),
    [spawn_link(fun() -> Self ! {answer, N, gen_server:call(P, {wait, N})} end) || N <- [1, 2, 3]],
    wait_pending(P, 3),
    gen_server:cast(P, release),
    io:format("~p~n", [lists:sort([receive {answer, N, R} -> {N, R} end || _ <- [1, 2, 3]])]),
    io:format("~p~n", [gen_server:call(P, via_helper)]),
    io:format("~p~n", [gen_server:call(P, reply_then_continue)]),
    ok.
wait_pending(P, N) ->
    case gen_server:call(P, pending) of
        N -> ok;
        _ -> receive after 1 -> ok end, wait_pending(P, N)
    end.
init([]) -> {ok, []}.
handle_call({wait, N}, From, L) -> {noreply, [{From, N} | L]};
handle_call(pending, _From, L) -> {reply, length(L), L};
handle_call(via_helper, From, L) ->
    spawn(fun() -> gen_server:reply(From, {from_helper, true}) end),
    {noreply, L};
handle_call(reply_then_continue, From, L) ->
    gen_server:reply(From, early),
    {noreply, L}.
handle_cast(release, L) ->
    [gen_server:reply(From, N * 10) || {From, N} <- L],
    {noreply, []}.
handle_info(_, S) -> {noreply, S}.
