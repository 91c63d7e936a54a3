-module(std_timer).
-export([start/0]).
%% timer: send_after, send_interval, apply_after, cancel, tc, conversions.
start() ->
    {ok, _} = timer:send_after(10, hello),
    receive hello -> io:format("send_after ok~n") end,
    {ok, T} = timer:send_after(50, never),
    io:format("~p~n", [timer:cancel(T)]),
    receive never -> io:format("not cancelled~n") after 100 -> io:format("cancelled~n") end,
    {ok, I} = timer:send_interval(10, tick),
    [receive tick -> ok end || _ <- [1, 2, 3]],
    io:format("three ticks ~p~n", [timer:cancel(I)]),
    Self = self(),
    {ok, _} = timer:apply_after(10, erlang, send, [Self, applied]),
    receive applied -> io:format("apply_after ok~n") end,
    {Time, V} = timer:tc(fun() -> lists:sum(lists:seq(1, 1000)) end),
    io:format("~p ~p~n", [is_integer(Time) andalso Time >= 0, V]),
    {_, V2} = timer:tc(lists, reverse, [[1, 2, 3]]),
    io:format("~p~n", [V2]),
    io:format("~p ~p ~p ~p~n", [timer:hours(1), timer:minutes(2), timer:seconds(3), timer:hms(1, 2, 3)]),
    io:format("~p ~p~n", [timer:send_after(-1, x), timer:cancel(bad)]),
    io:format("~p~n", [timer:now_diff({1, 2, 3}, {1, 1, 0})]),
    ok = timer:sleep(5),
    io:format("done~n").
