-module(otp_proc_lib_spawn).
%% proc_lib: spawn/spawn_link/spawn_opt record ancestors and the initial
%% call; initial_call/1, translate_initial_call/1; exit reasons of crashes.
-export([start/0, work/1, chain/1]).
start() ->
    logger:set_primary_config(level, none),
    Self = self(),
    P1 = proc_lib:spawn(?MODULE, work, [Self]),
    show(P1),
    P2 = proc_lib:spawn_link(fun() -> work(Self) end),
    show(P2),
    P3 = proc_lib:spawn_opt(?MODULE, work, [Self], [link]),
    show(P3),
    register(middle_name, self()),
    P4 = proc_lib:spawn(?MODULE, chain, [Self]),
    receive {chain, Anc} -> io:format("chain ancestors: ~p~n", [[is_pid(A) orelse A || A <- Anc]]) end,
    P4 ! go,
    unregister(middle_name),
    io:format("~p~n", [proc_lib:translate_initial_call([])]),
    io:format("~p~n", [proc_lib:initial_call([])]),
    [exits(Kind) || Kind <- [error, exit, throw]],
    ok.
show(P) ->
    receive {info, P, Anc, IC} ->
            io:format("ancestors ~p, initial ~p~n", [[is_pid(A) || A <- Anc], IC])
    end,
    io:format("initial_call: ~p~n", [proc_lib:initial_call(P)]),
    io:format("translate: ~p~n", [proc_lib:translate_initial_call(P)]),
    P ! go.
work(Parent) ->
    Parent ! {info, self(), get('$ancestors'), get('$initial_call')},
    receive go -> ok end.
chain(Parent) ->
    P = proc_lib:spawn(fun() -> Parent ! {chain, get('$ancestors')} end),
    _ = P,
    receive go -> ok end.
exits(Kind) ->
    {P, R} = spawn_monitor(fun() -> proc_lib:spawn_link(fun() -> die(Kind) end), receive after infinity -> ok end end),
    _ = P,
    receive {'DOWN', R, _, _, Why} -> io:format("~p: ~p~n", [Kind, simplify(Why)]) end.
die(error) -> erlang:error(bad);
die(exit) -> exit(gone);
die(throw) -> throw(ball).
simplify({{nocatch, X}, St}) when is_list(St) -> {{nocatch, X}, stack};
simplify({X, St}) when is_list(St) -> {X, stack};
simplify(X) -> X.
