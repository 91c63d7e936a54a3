-module(std_calendar_rfc3339).
%% calendar: system_time_to_rfc3339 with offsets and units, and parsing back
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> calendar:system_time_to_rfc3339(1700000000, [{offset, "Z"}]) end,
        fun() -> calendar:system_time_to_rfc3339(1700000000, [{offset, "+02:00"}]) end,
        fun() -> calendar:system_time_to_rfc3339(1700000000, [{offset, "-05:30"}]) end,
        fun() -> calendar:system_time_to_rfc3339(1700000000123, [{unit, millisecond}, {offset, "Z"}]) end,
        fun() -> calendar:system_time_to_rfc3339(1700000000000123, [{unit, microsecond}, {offset, "Z"}]) end,
        fun() -> calendar:system_time_to_rfc3339(1700000000, [{offset, 3600}]) end,
        fun() -> calendar:system_time_to_rfc3339(1700000000, [{offset, -7200}]) end,
        fun() -> calendar:system_time_to_rfc3339(0, [{offset, "Z"}, {time_designator, $\s}]) end,
        fun() -> calendar:rfc3339_to_system_time("2023-11-14T22:13:20Z") end,
        fun() -> calendar:rfc3339_to_system_time("2023-11-15T00:13:20+02:00") end,
        fun() -> calendar:rfc3339_to_system_time("2023-11-14T22:13:20.123Z", [{unit, millisecond}]) end,
        fun() -> calendar:rfc3339_to_system_time("1970-01-01T00:00:00-01:00") end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
