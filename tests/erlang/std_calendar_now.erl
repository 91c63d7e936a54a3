-module(std_calendar_now).
%% calendar: now_to_datetime/universal_time and system_time_to_universal_time
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> calendar:now_to_datetime({1700, 123456, 789}) end,
        fun() -> calendar:now_to_universal_time({0, 0, 0}) end,
        fun() -> calendar:now_to_datetime({1, 2, 3}) end,
        fun() -> calendar:system_time_to_universal_time(0, second) end,
        fun() -> calendar:system_time_to_universal_time(1700000000, second) end,
        fun() -> calendar:system_time_to_universal_time(1700000000123, millisecond) end,
        fun() -> calendar:system_time_to_universal_time(1700000000123456, microsecond) end,
        fun() -> calendar:system_time_to_universal_time(1700000000123456789, nanosecond) end,
        fun() -> calendar:system_time_to_universal_time(-1, second) end,
        fun() -> calendar:system_time_to_universal_time(-1, millisecond) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
