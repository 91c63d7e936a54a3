-module(std_calendar_leap).
%% calendar: is_leap_year, last_day_of_the_month, valid_date
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> [Y || Y <- [1900, 2000, 2004, 2023, 2024, 2100, 2400, 0, 4], calendar:is_leap_year(Y)] end,
        fun() -> [calendar:last_day_of_the_month(2023, M) || M <- lists:seq(1, 12)] end,
        fun() -> calendar:last_day_of_the_month(2024, 2) end,
        fun() -> calendar:last_day_of_the_month(1900, 2) end,
        fun() -> calendar:last_day_of_the_month(2024, 13) end,
        fun() -> calendar:valid_date({2024, 2, 29}) end,
        fun() -> calendar:valid_date({2023, 2, 29}) end,
        fun() -> calendar:valid_date(2023, 4, 31) end,
        fun() -> calendar:valid_date(2023, 0, 1) end,
        fun() -> calendar:valid_date(2023, 1, 0) end,
        fun() -> calendar:valid_date({a, 1, 1}) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
