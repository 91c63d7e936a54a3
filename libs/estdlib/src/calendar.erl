%% The `calendar' module of the atomvm-rs standard library: the
%% proleptic Gregorian calendar, written for this project from OTP's
%% documentation and experiments against OTP 25.
%%
%% Day 0 is 0000-01-01. As OTP 25 and 27: negative years and invalid dates
%% raise (OTP 29 accepts negative years and some invalid days). Local time: the VM knows no time zone, so
%% local_time/0 and the local/universal conversions treat local time as
%% UTC. universal_time/0 and local_time/0 need erlang:universaltime/0.
%% system_time_to_rfc3339 without an offset option uses UTC ("Z" is
%% not written: the offset is "+00:00", as OTP writes a zero local
%% offset).
-module(calendar).

-export([date_to_gregorian_days/1, date_to_gregorian_days/3,
         datetime_to_gregorian_seconds/1, day_of_the_week/1,
         day_of_the_week/3, gregorian_days_to_date/1,
         gregorian_seconds_to_datetime/1, is_leap_year/1,
         iso_week_number/0, iso_week_number/1, last_day_of_the_month/2,
         local_time/0, local_time_to_universal_time/1,
         local_time_to_universal_time/2,
         local_time_to_universal_time_dst/1, now_to_datetime/1,
         now_to_local_time/1, now_to_universal_time/1,
         rfc3339_to_system_time/1, rfc3339_to_system_time/2,
         seconds_to_daystime/1, seconds_to_time/1,
         system_time_to_local_time/2, system_time_to_rfc3339/1,
         system_time_to_rfc3339/2, system_time_to_universal_time/2,
         time_difference/2, time_to_seconds/1, universal_time/0,
         universal_time_to_local_time/1, valid_date/1, valid_date/3]).

-define(SECONDS_PER_DAY, 86400).
-define(DAYS_FROM_0_TO_1970, 719528).
-define(SECONDS_FROM_0_TO_1970, (?DAYS_FROM_0_TO_1970 * ?SECONDS_PER_DAY)).

is_leap_year(Y) when is_integer(Y), Y >= 0 ->
    (Y rem 4 =:= 0 andalso Y rem 100 =/= 0) orelse Y rem 400 =:= 0.

last_day_of_the_month(Y, M) when is_integer(Y), Y >= 0 -> last_day(Y, M).

last_day(Y, 2) -> case is_leap_year(Y) of true -> 29; false -> 28 end;
last_day(_, M) when M =:= 4; M =:= 6; M =:= 9; M =:= 11 -> 30;
last_day(_, M) when is_integer(M), M > 0, M < 13 -> 31.

valid_date({Y, M, D}) -> valid_date(Y, M, D).

valid_date(Y, M, D) when is_integer(Y), is_integer(M), is_integer(D) ->
    Y >= 0 andalso M >= 1 andalso M =< 12 andalso D >= 1 andalso
        D =< last_day(Y, M).

%% Days before the first of January of year Y.
days_before_year(0) -> 0;
days_before_year(Y) ->
    P = Y - 1,
    365 * Y + P div 4 - P div 100 + P div 400 + 1.

%% Days of the months before M in year Y.
days_before_month(Y, M) ->
    Base = element(M, {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}),
    case M > 2 andalso is_leap_year(Y) of
        true -> Base + 1;
        false -> Base
    end.

date_to_gregorian_days({Y, M, D}) -> date_to_gregorian_days(Y, M, D).

date_to_gregorian_days(Y, M, D) when is_integer(D), D > 0 ->
    Last = last_day_of_the_month(Y, M),
    if
        D =< Last -> days_before_year(Y) + days_before_month(Y, M) + D - 1
    end.

gregorian_days_to_date(Days) when is_integer(Days), Days >= 0 ->
    Y0 = Days * 400 div 146097,
    Y = adjust_year(Y0, Days),
    DayOfYear = Days - days_before_year(Y),
    {M, D} = month_day(Y, DayOfYear, 12),
    {Y, M, D}.

adjust_year(Y, Days) ->
    case days_before_year(Y + 1) =< Days of
        true -> adjust_year(Y + 1, Days);
        false ->
            case days_before_year(Y) > Days of
                true -> adjust_year(Y - 1, Days);
                false -> Y
            end
    end.

month_day(Y, DayOfYear, M) ->
    Before = days_before_month(Y, M),
    case Before =< DayOfYear of
        true -> {M, DayOfYear - Before + 1};
        false -> month_day(Y, DayOfYear, M - 1)
    end.

day_of_the_week({Y, M, D}) -> day_of_the_week(Y, M, D).

%% Monday is 1; 0000-01-01 was a Saturday.
day_of_the_week(Y, M, D) -> (date_to_gregorian_days(Y, M, D) + 5) rem 7 + 1.

datetime_to_gregorian_seconds({Date, Time}) ->
    date_to_gregorian_days(Date) * ?SECONDS_PER_DAY + time_to_seconds(Time).

gregorian_seconds_to_datetime(Secs) when is_integer(Secs), Secs >= 0 ->
    Days = Secs div ?SECONDS_PER_DAY,
    {gregorian_days_to_date(Days), seconds_to_time(Secs rem ?SECONDS_PER_DAY)}.

time_to_seconds({H, M, S}) when is_integer(H), is_integer(M), is_integer(S) ->
    H * 3600 + M * 60 + S.

seconds_to_time(Secs) when is_integer(Secs), Secs >= 0, Secs < ?SECONDS_PER_DAY ->
    {Secs div 3600, Secs rem 3600 div 60, Secs rem 60}.

seconds_to_daystime(Secs) when is_integer(Secs) ->
    Days = Secs div ?SECONDS_PER_DAY,
    Rest = Secs rem ?SECONDS_PER_DAY,
    if
        Rest < 0 -> {Days - 1, seconds_to_time(Rest + ?SECONDS_PER_DAY)};
        true -> {Days, seconds_to_time(Rest)}
    end.

time_difference({{_, _, _}, {_, _, _}} = T1, {{_, _, _}, {_, _, _}} = T2) ->
    seconds_to_daystime(datetime_to_gregorian_seconds(T2) -
                            datetime_to_gregorian_seconds(T1)).

iso_week_number() -> {Date, _} = local_time(), iso_week_number(Date).

%% The week with the year's first Thursday is week 1.
iso_week_number({Y, _, _} = Date) ->
    Days = date_to_gregorian_days(Date),
    W01This = week1_monday(Y),
    if
        Days < W01This ->
            {Y - 1, (Days - week1_monday(Y - 1)) div 7 + 1};
        true ->
            W01Next = week1_monday(Y + 1),
            if
                Days >= W01Next -> {Y + 1, 1};
                true -> {Y, (Days - W01This) div 7 + 1}
            end
    end.

%% Gregorian day of the Monday of ISO week 1 of year Y.
week1_monday(Y) ->
    Jan4 = date_to_gregorian_days(Y, 1, 4),
    Jan4 - ((Jan4 + 5) rem 7).

now_to_datetime({Mega, S, _}) -> now_to_universal_time({Mega, S, 0}).

now_to_universal_time({Mega, S, Micro}) when is_integer(Mega), is_integer(S),
                                             is_integer(Micro) ->
    gregorian_seconds_to_datetime(Mega * 1000000 + S + ?SECONDS_FROM_0_TO_1970).

now_to_local_time(Now) -> now_to_universal_time(Now).

universal_time() -> erlang:universaltime().

local_time() -> erlang:universaltime().

local_time_to_universal_time(DateTime) -> DateTime.

local_time_to_universal_time(DateTime, _IsDst) -> DateTime.

local_time_to_universal_time_dst(DateTime) -> [DateTime].

universal_time_to_local_time(DateTime) -> DateTime.

system_time_to_universal_time(Time, Unit) when is_integer(Time) ->
    Secs = floor_div(Time, units_per_second(Unit)),
    gregorian_seconds_to_datetime(Secs + ?SECONDS_FROM_0_TO_1970).

system_time_to_local_time(Time, Unit) -> system_time_to_universal_time(Time, Unit).

units_per_second(second) -> 1;
units_per_second(seconds) -> 1;
units_per_second(millisecond) -> 1000;
units_per_second(milli_seconds) -> 1000;
units_per_second(microsecond) -> 1000000;
units_per_second(micro_seconds) -> 1000000;
units_per_second(nanosecond) -> 1000000000;
units_per_second(nano_seconds) -> 1000000000;
units_per_second(native) -> 1000000000;
units_per_second(N) when is_integer(N), N > 0 -> N;
units_per_second(U) -> erlang:error(badarg, [U]).

floor_div(A, B) when A >= 0 -> A div B;
floor_div(A, B) -> -((-A + B - 1) div B).

%%% ---------------------------------------------------------------
%%% RFC 3339 (options: {unit, U}, {offset, O}, {time_designator, C})
%%% ---------------------------------------------------------------

system_time_to_rfc3339(Time) -> system_time_to_rfc3339(Time, []).

system_time_to_rfc3339(Time, Opts) when is_integer(Time), is_list(Opts) ->
    Unit = proplists:get_value(unit, Opts, second),
    Offset = proplists:get_value(offset, Opts, "+00:00"),
    T = proplists:get_value(time_designator, Opts, $T),
    PerSec = units_per_second(Unit),
    OffsetSecs = offset_seconds(Offset),
    Secs = floor_div(Time, PerSec),
    Frac = Time - Secs * PerSec,
    {{Y, Mo, D}, {H, Mi, S}} =
        gregorian_seconds_to_datetime(Secs + OffsetSecs + ?SECONDS_FROM_0_TO_1970),
    pad(4, Y) ++ "-" ++ pad(2, Mo) ++ "-" ++ pad(2, D) ++ [T] ++
        pad(2, H) ++ ":" ++ pad(2, Mi) ++ ":" ++ pad(2, S) ++
        fraction(Frac, PerSec) ++ offset_text(Offset).

pad(N, I) ->
    L = integer_to_list(I),
    lists:duplicate(N - length(L), $0) ++ L.

fraction(_, 1) -> "";
fraction(F, PerSec) -> "." ++ pad(length(integer_to_list(PerSec)) - 1, F).

offset_seconds("Z") -> 0;
offset_seconds("z") -> 0;
offset_seconds("") -> 0;
offset_seconds(N) when is_integer(N) -> N;
offset_seconds([Sign, H1, H2, $:, M1, M2]) when Sign =:= $+; Sign =:= $- ->
    S = (list_to_integer([H1, H2]) * 60 + list_to_integer([M1, M2])) * 60,
    case Sign of $+ -> S; $- -> -S end.

offset_text(N) when is_integer(N) ->
    Sign = if N < 0 -> $-; true -> $+ end,
    A = abs(N) div 60,
    [Sign | pad(2, A div 60)] ++ ":" ++ pad(2, A rem 60);
offset_text(O) -> O.

rfc3339_to_system_time(S) -> rfc3339_to_system_time(S, []).

rfc3339_to_system_time(S, Opts) when is_list(S), is_list(Opts) ->
    Unit = proplists:get_value(unit, Opts, second),
    PerSec = units_per_second(Unit),
    [Y1, Y2, Y3, Y4, $-, Mo1, Mo2, $-, D1, D2, _T, H1, H2, $:, Mi1, Mi2,
     $:, S1, S2 | Rest] = S,
    Date = {list_to_integer([Y1, Y2, Y3, Y4]), list_to_integer([Mo1, Mo2]),
            list_to_integer([D1, D2])},
    Time = {list_to_integer([H1, H2]), list_to_integer([Mi1, Mi2]),
            list_to_integer([S1, S2])},
    {FracDigits, OffsetText} = case Rest of
                                   [$. | R] -> lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, R);
                                   _ -> {"", Rest}
                               end,
    true = valid_date(Date),
    Secs = datetime_to_gregorian_seconds({Date, Time}) - ?SECONDS_FROM_0_TO_1970
        - offset_seconds(OffsetText),
    Frac = case FracDigits of
               "" -> 0;
               _ -> list_to_integer(FracDigits) * PerSec div pow10(length(FracDigits))
           end,
    Secs * PerSec + Frac.

pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).
