-module(proc_server_loop).
-export([start/0]).
%% A small stateful server with call/reply (monitor-tagged requests), casts and stop.

start() ->
    S = spawn(fun() -> loop(#{}) end),
    ok = call(S, {put, a, 1}),
    ok = call(S, {put, b, 2}),
    cast(S, {put, c, 3}),
    io:format("~w~n", [call(S, {get, a})]),
    io:format("~w~n", [call(S, {get, c})]),
    io:format("~w~n", [call(S, {get, zz})]),
    io:format("~w~n", [call(S, keys)]),
    io:format("~w~n", [call(S, {crash_me, please})]),
    io:format("~w~n", [call(S, stop)]),
    io:format("~w~n", [call(S, {get, a})]).

call(S, Req) ->
    Ref = monitor(process, S),
    S ! {call, self(), Ref, Req},
    receive
        {reply, Ref, R} -> demonitor(Ref, [flush]), R;
        {'DOWN', Ref, process, S, Why} -> {server_down, Why}
    end.

cast(S, Msg) -> S ! {cast, Msg}, ok.

loop(State) ->
    receive
        {call, From, Ref, {put, K, V}} -> From ! {reply, Ref, ok}, loop(State#{K => V});
        {call, From, Ref, {get, K}} -> From ! {reply, Ref, maps:find(K, State)}, loop(State);
        {call, From, Ref, keys} -> From ! {reply, Ref, lists:sort(maps:keys(State))}, loop(State);
        {call, From, Ref, stop} -> From ! {reply, Ref, stopping};
        {call, _, _, {crash_me, _}} -> exit(asked_to_crash);
        {cast, {put, K, V}} -> loop(State#{K => V})
    end.
