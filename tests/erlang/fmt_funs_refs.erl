-module(fmt_funs_refs).
%% ~p ~w of funs (local and external), references and pids, and
%% erlang:fun_to_list/ref_to_list/pid_to_list shapes
-export([start/0]).

start() ->
    F = fun(X) -> X + 1 end,
    G = fun lists:map/2,
    io:format("~p ~w~n", [F, F]),
    io:format("~p ~w~n", [G, G]),
    io:format("~p~n", [{callbacks, [F, G], #{1 => F}}]),
    io:format("~s~n", [io_lib:write(F)]),
    io:format("~s~n", [erlang:fun_to_list(G)]),
    R = make_ref(),
    io:format("~w~n", [lists:prefix("#Ref<", lists:flatten(io_lib:format("~p", [R])))]),
    io:format("~w~n", [lists:prefix("#Ref<", erlang:ref_to_list(R))]),
    io:format("~w~n", [lists:prefix("<", lists:flatten(io_lib:format("~w", [self()])))]),
    io:format("~w~n", [try erlang:fun_to_list(x) catch C1:E1 -> {C1, E1} end]),
    io:format("~w~n", [try erlang:ref_to_list(x) catch C2:E2 -> {C2, E2} end]),
    io:format("~w~n", [length(lists:flatten(io_lib:format("~p", [[F, F, F, F, F, F, F, F]]))) > 80]),
    ok.
