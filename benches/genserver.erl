%% gen_server:call round trips: 200,000 synchronous calls and 200,000 casts to a counter
%% server in this module; the OTP behaviour's client and server loops, monitors, refs.
-module(genserver).
-behaviour(gen_server).
-export([start/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

-ifdef(SMALL).
-define(CALLS, 20000).
-else.
-define(CALLS, 200000).
-endif.

start() ->
    {ok, Pid} = gen_server:start_link(?MODULE, 0, []),
    Sum = calls(Pid, 0, 0),
    casts(Pid, 0),
    Total = gen_server:call(Pid, total),
    ok = gen_server:stop(Pid),
    io:format("checksum: ~w ~w~n", [Sum, Total]).

calls(_Pid, ?CALLS, Sum) -> Sum;
calls(Pid, I, Sum) ->
    {ok, N} = gen_server:call(Pid, {add, I}),
    calls(Pid, I + 1, (Sum + N) band 16#FFFFFFF).

casts(_Pid, ?CALLS) -> ok;
casts(Pid, I) ->
    ok = gen_server:cast(Pid, {add, I rem 10}),
    casts(Pid, I + 1).

init(N) -> {ok, N}.

handle_call({add, I}, _From, N) ->
    N1 = (N + I) band 16#FFFFFFF,
    {reply, {ok, N1}, N1};
handle_call(total, _From, N) ->
    {reply, N, N}.

handle_cast({add, I}, N) -> {noreply, N + I}.

handle_info(_Msg, N) -> {noreply, N}.

terminate(_Reason, _N) -> ok.
