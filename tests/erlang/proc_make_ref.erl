-module(proc_make_ref).
-export([start/0]).
%% make_ref/0: unique references, comparisons, use as message tags (never printed).

start() ->
    R1 = make_ref(),
    R2 = make_ref(),
    io:format("~w~n", [is_reference(R1)]),
    io:format("~w~n", [R1 =:= R1]),
    io:format("~w~n", [R1 =/= R2]),
    io:format("~w~n", [R1 == R2]),
    Refs = [make_ref() || _ <- lists:seq(1, 1000)],
    io:format("~w~n", [length(lists:usort(Refs))]),
    io:format("~w~n", [lists:sort([R2, R1]) =:= lists:sort([R1, R2])]),
    Copy = element(1, {R1}),
    io:format("~w~n", [Copy =:= R1]),
    Parent = self(),
    Child = spawn(fun() -> receive {Ref, From} -> From ! {Ref, reply} end end),
    Tag = make_ref(),
    Child ! {Tag, Parent},
    receive {Tag, Reply} -> io:format("~w~n", [Reply]) end,
    Map = #{R1 => one, R2 => two},
    io:format("~w ~w~n", [maps:get(R1, Map), maps:get(R2, Map)]),
    io:format("~w~n", [[is_reference(X) || X <- [R1, self(), 1, make_ref()]]]).
