-module(otp_gen_server_timeout).
%% gen_server: server timeouts from init/handle_* and call timeouts.
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).
start() ->
    {ok, P} = gen_server:start({local, tsrv}, ?MODULE, self(), []),
    receive {timed_out, N} -> io:format("timeout after init: ~p~n", [N]) end,
    gen_server:cast(P, {arm, 5}),
    receive {timed_out, N2} -> io:format("timeout after cast: ~p~n", [N2]) end,
    io:format("~p~n", [gen_server:call(P, {reply_with_timeout, 0})]),
    receive {timed_out, N3} -> io:format("timeout after reply: ~p~n", [N3]) end,
    io:format("~p~n", [gen_server:call(P, count)]),
    io:format("~p~n", [catch gen_server:call(tsrv, {sleep, 200}, 20)]),
    io:format("~p~n", [gen_server:call(P, count)]),
    io:format("~p~n", [gen_server:call(P, {reply_with_timeout, infinity})]),
    ok.
init(Tester) -> {ok, {Tester, 0}, 0}.
handle_call({reply_with_timeout, T}, _From, S) -> {reply, ok, S, T};
handle_call({sleep, T}, _From, S) -> receive after T -> ok end, {reply, slept, S};
handle_call(count, _From, {_, N} = S) -> {reply, N, S}.
handle_cast({arm, T}, S) -> {noreply, S, T}.
handle_info(timeout, {Tester, N}) -> Tester ! {timed_out, N + 1}, {noreply, {Tester, N + 1}};
handle_info(_, S) -> {noreply, S}.
