%% The `timer' module of the atomvm-rs standard library: the parts that
%% need no timer server. Written for this project from OTP 25's
%% documentation and experiments against OTP 25.
%%
%% Not provided (they need BIFs the VM lacks): tc/1,2,3, send_after/2,3,
%% apply_after/4 and the other timer-server functions.
-module(timer).

-export([sleep/1, hours/1, minutes/1, seconds/1, hms/3]).

%% The largest timeout a receive accepts.
-define(MAX_TIMEOUT, 16#ffffffff).

%% Suspends the caller for Time milliseconds (or forever for infinity).
%% Longer times than a receive accepts are slept in steps; anything that
%% is not a valid timeout raises timeout_value, as on OTP.
sleep(Time) when is_integer(Time), Time > ?MAX_TIMEOUT ->
    receive after ?MAX_TIMEOUT -> sleep(Time - ?MAX_TIMEOUT) end;
sleep(Time) ->
    receive after Time -> ok end.

%% Milliseconds in the given number of hours, minutes, seconds (plain
%% arithmetic: floats are accepted, other terms raise badarith).
hours(Hours) -> Hours * 3600000.

minutes(Minutes) -> Minutes * 60000.

seconds(Seconds) -> Seconds * 1000.

hms(Hours, Minutes, Seconds) ->
    hours(Hours) + minutes(Minutes) + seconds(Seconds).
