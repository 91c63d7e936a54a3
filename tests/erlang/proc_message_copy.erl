-module(proc_message_copy).
-export([start/0]).
%% Messages are copied: large and shared terms arrive intact; the receiver's changes don't affect the sender.

start() ->
    Parent = self(),
    Shared = lists:seq(1, 1000),
    Term = {Shared, Shared, #{k => Shared}, <<"bin">>, list_to_binary(lists:duplicate(1000, 7)),
            1 bsl 200, 2.5, fun(X) -> X + length(Shared) end},
    Echo = spawn(fun() -> receive {From, T} -> From ! {echo, T} end end),
    Echo ! {Parent, Term},
    receive {echo, Back} -> ok end,
    {S1, S2, #{k := S3}, B1, B2, Big, F, Fun} = Back,
    io:format("~w~n", [S1 =:= Shared andalso S2 =:= Shared andalso S3 =:= Shared]),
    io:format("~p ~w ~w ~w~n", [B1, byte_size(B2), Big =:= 1 bsl 200, F]),
    io:format("~w~n", [Fun(1)]),
    io:format("~w~n", [setelement(1, Back, x) =/= Term]),
    Worker = spawn(fun() -> receive {From, L} -> From ! {sum, lists:sum(L)}, From ! {mod, [X * 2 || X <- L]} end end),
    Worker ! {Parent, Shared},
    receive {sum, Sum} -> io:format("~w~n", [Sum]) end,
    receive {mod, Mod} -> io:format("~w ~w~n", [lists:last(Mod), lists:last(Shared)]) end,
    Deep = nest(10000),
    spawn(fun() -> Parent ! {deep, depth(Deep, 0)} end),
    receive {deep, D} -> io:format("~w~n", [D]) end.

nest(0) -> leaf;
nest(N) -> {node, nest(N - 1)}.

depth(leaf, D) -> D;
depth({node, T}, D) -> depth(T, D + 1).
