-module(std_calendar_week).
%% calendar: day_of_the_week and iso_week_number
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> calendar:day_of_the_week({2024, 1, 1}) end,
        fun() -> calendar:day_of_the_week(2000, 1, 1) end,
        fun() -> calendar:day_of_the_week({1970, 1, 1}) end,
        fun() -> [calendar:day_of_the_week(2023, 5, D) || D <- lists:seq(1, 14)] end,
        fun() -> calendar:iso_week_number({2024, 1, 1}) end,
        fun() -> calendar:iso_week_number({2021, 1, 3}) end,
        fun() -> calendar:iso_week_number({2020, 12, 31}) end,
        fun() -> calendar:iso_week_number({2026, 12, 31}) end,
        fun() -> calendar:iso_week_number({2019, 12, 30}) end,
        fun() -> [calendar:iso_week_number({Y, 1, D}) || Y <- [2015, 2016, 2017, 2018], D <- [1, 2, 3, 4]] end,
        fun() -> [calendar:iso_week_number({Y, 12, D}) || Y <- [2015, 2016, 2017, 2018], D <- [28, 29, 30, 31]] end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
