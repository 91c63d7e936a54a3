-module(std_calendar_days).
%% calendar: date_to_gregorian_days and back, over many dates
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> calendar:date_to_gregorian_days({2000, 1, 1}) end,
        fun() -> calendar:date_to_gregorian_days(1970, 1, 1) end,
        fun() -> calendar:date_to_gregorian_days({0, 1, 1}) end,
        fun() -> calendar:date_to_gregorian_days({0, 12, 31}) end,
        fun() -> calendar:date_to_gregorian_days({1, 1, 1}) end,
        fun() -> calendar:date_to_gregorian_days({2024, 2, 29}) end,
        fun() -> calendar:gregorian_days_to_date(0) end,
        fun() -> calendar:gregorian_days_to_date(366) end,
        fun() -> calendar:gregorian_days_to_date(730485) end,
        fun() -> calendar:gregorian_days_to_date(738945) end,
        fun() -> Ds = lists:seq(0, 800000, 997), lists:all(fun(D) -> calendar:date_to_gregorian_days(calendar:gregorian_days_to_date(D)) =:= D end, Ds) end,
        fun() -> lists:sum([begin {Y, M, D} = calendar:gregorian_days_to_date(N), Y + M + D end || N <- lists:seq(700000, 740000, 331)]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
