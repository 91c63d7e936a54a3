-module(std_calendar_month_table).
%% calendar: month lengths over leap and common years, day of week of month starts
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> [{Y, [calendar:last_day_of_the_month(Y, M) || M <- [1, 2, 3, 4, 6, 9, 11, 12]]} || Y <- [1600, 1700, 1996, 1999, 2000, 2020, 2100]] end,
        fun() -> [calendar:day_of_the_week(2024, M, 1) || M <- lists:seq(1, 12)] end,
        fun() -> [calendar:day_of_the_week(1900, M, 1) || M <- lists:seq(1, 12)] end,
        fun() -> calendar:date_to_gregorian_days(9999, 12, 31) end,
        fun() -> calendar:gregorian_days_to_date(3652058) end,
        fun() -> calendar:datetime_to_gregorian_seconds({{9999, 12, 31}, {23, 59, 59}}) end,
        fun() -> calendar:last_day_of_the_month(2023, 0) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
