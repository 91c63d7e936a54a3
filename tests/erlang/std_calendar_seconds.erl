-module(std_calendar_seconds).
%% calendar: gregorian seconds, seconds_to_time/daystime, time_difference
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> calendar:datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}}) end,
        fun() -> calendar:datetime_to_gregorian_seconds({{2024, 3, 15}, {13, 45, 30}}) end,
        fun() -> calendar:gregorian_seconds_to_datetime(63883431930) end,
        fun() -> calendar:gregorian_seconds_to_datetime(0) end,
        fun() -> calendar:seconds_to_time(3661) end,
        fun() -> calendar:seconds_to_time(86399) end,
        fun() -> calendar:seconds_to_time(86400) end,
        fun() -> calendar:seconds_to_daystime(90061) end,
        fun() -> calendar:seconds_to_daystime(-1) end,
        fun() -> calendar:seconds_to_daystime(0) end,
        fun() -> calendar:time_to_seconds({1, 1, 1}) end,
        fun() -> calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 1, 2}, {1, 2, 3}}) end,
        fun() -> calendar:time_difference({{2024, 1, 2}, {0, 0, 0}}, {{2024, 1, 1}, {23, 0, 0}}) end,
        fun() -> Ss = lists:seq(0, 70000000000, 123456789), lists:all(fun(S) -> calendar:datetime_to_gregorian_seconds(calendar:gregorian_seconds_to_datetime(S)) =:= S end, Ss) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
