-module(std_calendar_prop).
%% random dates: days round trip, weekday steps by one each day, week numbers in range (seeded LCG)
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> check(12, 300) end,
        fun() -> check(65537, 300) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
check(Seed, Rounds) -> check(Seed, Rounds, 0, 0).
check(_, 0, Ok, Sum) -> {Ok, Sum};
check(S0, R, Ok, Sum) ->
    S = next(S0),
    Days = 500000 + (S bsr 4) rem 400000,
    Date = calendar:gregorian_days_to_date(Days),
    Next = calendar:gregorian_days_to_date(Days + 1),
    W = calendar:day_of_the_week(Date),
    W2 = calendar:day_of_the_week(Next),
    {_, Wk} = calendar:iso_week_number(Date),
    Good = calendar:date_to_gregorian_days(Date) =:= Days andalso calendar:valid_date(Date)
        andalso W2 =:= W rem 7 + 1 andalso Wk >= 1 andalso Wk =< 53,
    {Y, M, D} = Date,
    check(S, R - 1, Ok + case Good of true -> 1; false -> 0 end, (Sum + Y + M + D + W + Wk) rem 1000003).
