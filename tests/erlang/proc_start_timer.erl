-module(proc_start_timer).
-export([start/0]).
%% erlang:start_timer/3 delivers {timeout, TimerRef, Msg}.

start() ->
    Ref = erlang:start_timer(10, self(), hello),
    receive
        {timeout, Ref, Msg} -> io:format("~w~n", [Msg])
    end,
    R1 = erlang:start_timer(20, self(), b),
    R2 = erlang:start_timer(5, self(), a),
    receive {timeout, X, M1} -> io:format("~w ~w~n", [M1, X =:= R2]) end,
    receive {timeout, Y, M2} -> io:format("~w ~w~n", [M2, Y =:= R1]) end,
    Parent = self(),
    P = spawn(fun() -> receive {timeout, _, T} -> Parent ! {child_got, T} end end),
    erlang:start_timer(5, P, for_child),
    receive {child_got, T} -> io:format("~w~n", [T]) end.
