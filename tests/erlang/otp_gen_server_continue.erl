-module(otp_gen_server_continue).
%% gen_server: {continue, _} from init, handle_call, handle_cast, handle_info,
%% handle_continue chains; hibernate is accepted.
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).
start() ->
    {ok, P} = gen_server:start_link(?MODULE, [], []),
    io:format("~w~n", [gen_server:call(P, log)]),
    io:format("~w~n", [gen_server:call(P, {push, x})]),
    io:format("~w~n", [gen_server:call(P, log)]),
    gen_server:cast(P, {push, y}),
    io:format("~w~n", [gen_server:call(P, log)]),
    P ! {push, z},
    io:format("~w~n", [gen_server:call(P, log)]),
    io:format("~w~n", [gen_server:call(P, hibernate)]),
    io:format("~w~n", [gen_server:call(P, log)]),
    gen_server:cast(P, hibernate),
    io:format("~w~n", [gen_server:call(P, log)]),
    ok.
init([]) -> {ok, [init], {continue, first}}.
handle_continue(first, L) -> {noreply, [first | L], {continue, second}};
handle_continue(second, L) -> {noreply, [second | L]};
handle_continue({pushed, X}, L) -> {noreply, [{continued, X} | L]}.
handle_call(log, _From, L) -> {reply, lists:reverse(L), L};
handle_call({push, X}, _From, L) -> {reply, ok, [X | L], {continue, {pushed, X}}};
handle_call(hibernate, _From, L) -> {reply, ok, [hib | L], hibernate}.
handle_cast({push, X}, L) -> {noreply, [X | L], {continue, {pushed, X}}};
handle_cast(hibernate, L) -> {noreply, [hib_cast | L], hibernate}.
handle_info({push, X}, L) -> {noreply, [X | L], {continue, {pushed, X}}}.
